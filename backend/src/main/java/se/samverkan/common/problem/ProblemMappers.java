package se.samverkan.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.samverkan.common.json.InvalidJsonValueException;

/** The one place where exceptions become RFC 9457 problem responses. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.type(), e.getMessage(), e.rule(), e.errors(), uri);
        if (e.retryAfterSeconds() != null) {
            response.getHeaders()
                    .putSingle(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().toString());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field)
                        .thenComparing(Problem.FieldViolation::message))
                .toList();
        ProblemException problem = ProblemException.invalid(errors);
        return respond(ProblemType.VALIDATION, problem.getMessage(), errors, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                ProblemType.VALIDATION,
                "Unknown property: " + field,
                List.of(new Problem.FieldViolation(field, "is not a known property")),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants())
                : "has an invalid format";
        return respond(
                ProblemType.VALIDATION,
                "Invalid value for: " + field,
                List.of(new Problem.FieldViolation(field, message)),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidJsonValueException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                ProblemType.VALIDATION,
                "Invalid value for: " + field,
                List.of(new Problem.FieldViolation(field, e.fieldMessage())),
                uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return respond(
                    ProblemType.VALIDATION,
                    "Invalid value for: " + duplicate,
                    List.of(new Problem.FieldViolation(duplicate, "is given twice")),
                    uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            return respond(
                    ProblemType.VALIDATION,
                    "Invalid value for: " + field,
                    List.of(new Problem.FieldViolation(field, "has the wrong type")),
                    uri);
        }
        return respond(ProblemType.BAD_REQUEST, "The request body is not valid JSON", null, uri);
    }

    /** The path of a repeated key (STRICT_DUPLICATE_DETECTION), or null for any other unreadable body. */
    static String duplicateKey(JsonProcessingException e) {
        // Inside a list Jackson wraps the parser's error in a mapping error: look through the causes.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")
                    && read.getProcessor() != null) {
                return pointerToField(
                        read.getProcessor().getParsingContext().pathAsPointer().toString());
            }
        }
        return null;
    }

    /** "/goalAreas/0/title" → "goalAreas[0].title", the way the other errors name fields. */
    static String pointerToField(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit) && field.length() > 0) {
                field.append('[').append(segment).append(']');
            } else {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.length() == 0 ? "request" : field.toString();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "Log in or send a valid bearer token");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token is missing, invalid or expired");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation", null, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps parse errors (such as a duplicate key) in a plain 400: name the field all the same.
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 404 ? "No resource at " + uri.getPath() : type.title();
        return Response.fromResponse(respond(type, detail, null, uri))
                .status(status)
                .build();
    }

    /**
     * Anything else: a database failure the client can act on (a concurrent writer won: 412/409, the database is away:
     * 503 with Retry-After), however deeply it is wrapped; otherwise a 500 with a reference.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return PersistenceFailures.classify(e)
                .map(problem -> {
                    Response response =
                            respond(problem.type(), problem.getMessage(), problem.rule(), problem.errors(), uri);
                    if (problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
                        LOG.warnf("Database unavailable on %s: %s", instanceOf(uri), e);
                        return Response.fromResponse(response)
                                .header(HttpHeaders.RETRY_AFTER, PersistenceFailures.RETRY_AFTER_SECONDS)
                                .build();
                    }
                    return response;
                })
                .orElseGet(() -> internal(e, uri));
    }

    private Response internal(Throwable e, UriInfo uri) {
        // The log keeps the cause; the client only gets a reference to quote to support.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, instanceOf(uri));
        return respond(ProblemType.INTERNAL, "An unexpected error occurred (reference " + reference + ")", null, uri);
    }

    private Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, detail, null, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samverkan\"")
                .build();
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldViolation> errors, UriInfo uri) {
        return respond(type, detail, null, errors, uri);
    }

    static Response respond(
            ProblemType type, String detail, String rule, List<Problem.FieldViolation> errors, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instanceOf(uri), rule, errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    private static String instanceOf(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** Bean Validation path without the method and parameter nodes: the JSON property, or the query parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                // Container elements are named "<list element>" and the like: the index above says it all.
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (field.length() > 0) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "request" : path.toString();
    }
}
