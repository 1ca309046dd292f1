package se.samverkan.common.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A problem text: a message key of {@code i18n/problems.properties} (English) and {@code problems_sv.properties}
 * (Swedish) with its arguments, rendered in the caller's language when the problem is written.
 */
public record Text(String key, List<Object> args) {

    /** The key of a Bean Validation message, which Hibernate Validator has already rendered in the caller's language. */
    static final String VALIDATED = "field.validated";

    public Text {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text text(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** A Bean Validation message ({@code ConstraintViolation.getMessage()}), already in the caller's language. */
    public static Text validated(String message) {
        return text(VALIDATED, message);
    }
}
