package se.samverkan.common.http;

import static se.samverkan.common.problem.Text.text;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.samverkan.common.json.InputRules;
import se.samverkan.common.problem.FieldError;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.Text;

/**
 * The one place where query and path parameters are checked before they are converted: no control characters in
 * any of them, and numbers, booleans, enum constants and dates (1900–2200) that parse, so resources declare their
 * parameters typed. Without it a malformed {@code page=abc} or {@code status=LOST} would be a 404 (the JAX-RS rule
 * for unconvertible query parameters) and a NUL would reach the database. Parameters grouped in a {@code @BeanParam}
 * record are checked the same way.
 */
public class ParameterGuard {

    static final Text WHOLE_NUMBER_MESSAGE = text("field.whole-number");
    static final Text BOOLEAN_MESSAGE = text("field.true-or-false");

    @Inject
    Validator validator;

    private final Map<Method, Map<String, Class<?>>> typedParameters = new ConcurrentHashMap<>();

    private final Map<Method, Map<String, Field>> recordParameters = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(UriInfo uri, ResourceInfo resource) {
        List<FieldError> errors = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        Map<String, Class<?>> types =
                method == null ? Map.of() : typedParameters.computeIfAbsent(method, ParameterGuard::typesOf);
        check(uri.getPathParameters(), types, errors);
        check(uri.getQueryParameters(), types, errors);
        if (!errors.isEmpty()) {
            if (method != null) {
                validateTheRest(
                        uri.getQueryParameters(),
                        recordParameters.computeIfAbsent(method, ParameterGuard::recordFieldsOf),
                        errors);
            }
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * A refused value stops the request before Bean Validation, so the other parameters of a query record are
     * validated here: one problem still names every bad parameter.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void validateTheRest(
            MultivaluedMap<String, String> query, Map<String, Field> fields, List<FieldError> errors) {
        Set<String> refused = new HashSet<>();
        errors.forEach(e -> refused.add(e.field()));
        fields.forEach((name, field) -> {
            if (refused.contains(name)) {
                return;
            }
            DefaultValue fallback = field.getAnnotation(DefaultValue.class);
            String raw = query.getFirst(name);
            Object value = converted(raw != null ? raw : fallback == null ? null : fallback.value(), field.getType());
            validator
                    .validateValue((Class) field.getDeclaringClass(), field.getName(), value)
                    .forEach(v -> errors.add(
                            new FieldError(name, Text.validated(((ConstraintViolation<?>) v).getMessage()))));
        });
    }

    /** A value {@link #problemWith} accepted, as JAX-RS converts it (absent primitives are 0 or false). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object converted(String value, Class<?> type) {
        if (value == null) {
            return type == int.class
                    ? (Object) 0
                    : type == long.class ? (Object) 0L : type == boolean.class ? false : null;
        }
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(value);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, value);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(value);
        }
        return type == String.class ? value : null;
    }

    private static Map<String, Field> recordFieldsOf(Method method) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    QueryParam query = field.getAnnotation(QueryParam.class);
                    if (query != null) {
                        fields.put(query.value(), field);
                    }
                }
            }
        }
        return fields;
    }

    private static void check(
            MultivaluedMap<String, String> parameters, Map<String, Class<?>> types, List<FieldError> errors) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                Text message = problemWith(value, types.get(name));
                if (message != null) {
                    errors.add(new FieldError(name, message));
                    return;
                }
            }
        });
    }

    /** Why the value cannot be a parameter of the given Java type, or null when it can. */
    static Text problemWith(String value, Class<?> type) {
        if (value == null) {
            return null;
        }
        if (InputRules.hasControlCharacter(value)) {
            return text(InputRules.CONTROL_CHARACTER_MESSAGE);
        }
        if (type == null) {
            return null;
        }
        if (type == int.class || type == Integer.class) {
            return fits(value, Integer.MIN_VALUE, Integer.MAX_VALUE) ? null : WHOLE_NUMBER_MESSAGE;
        }
        if (type == long.class || type == Long.class) {
            return fits(value, Long.MIN_VALUE, Long.MAX_VALUE) ? null : WHOLE_NUMBER_MESSAGE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : BOOLEAN_MESSAGE;
        }
        if (type.isEnum()) {
            List<?> constants = List.of(type.getEnumConstants());
            return constants.stream().anyMatch(c -> ((Enum<?>) c).name().equals(value))
                    ? null
                    : text("field.one-of", constants);
        }
        if (type == LocalDate.class) {
            try {
                return InputRules.saneDate(LocalDate.parse(value)) ? null : text(InputRules.DATE_RANGE_MESSAGE);
            } catch (DateTimeParseException e) {
                return text(InputRules.DATE_MESSAGE);
            }
        }
        return null;
    }

    private static boolean fits(String value, long min, long max) {
        if (!wholeNumber(value)) {
            return false;
        }
        try {
            long number = Long.parseLong(value);
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * An optional minus and 1 to 19 digits: what {@code -?[0-9]{1,19}} matches, without compiling that pattern for
     * every number parameter of every request ({@link String#matches} does).
     */
    static boolean wholeNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 19) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Class<?>> typesOf(Method method) {
        Map<String, Class<?>> types = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof QueryParam query) {
                    types.put(query.value(), parameter.getType());
                } else if (annotation instanceof PathParam path) {
                    types.put(path.value(), parameter.getType());
                } else if (annotation instanceof BeanParam) {
                    for (Field field : parameter.getType().getDeclaredFields()) {
                        QueryParam query = field.getAnnotation(QueryParam.class);
                        if (query != null) {
                            types.put(query.value(), field.getType());
                        }
                    }
                }
            }
        }
        return types;
    }
}
