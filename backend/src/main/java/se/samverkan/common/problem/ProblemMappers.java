package se.samverkan.common.problem;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.samverkan.common.json.InvalidJsonValueException;

/** The one place where exceptions become RFC 9457 problem responses. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<Deletions> deletions;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(deletedMeanwhile(e, uri, headers) ? deleted() : e, uri, headers);
        if (e.retryAfterSeconds() != null) {
            response.getHeaders()
                    .putSingle(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().toString());
        }
        return response;
    }

    /**
     * A write that names the version it read (If-Match) of a record that is gone because someone else deleted it lost
     * a race like any other stale write: 412, not 404. (A record that never existed stays 404.) The change log says
     * so: an audited delete records DELETED with the deleted record as its entity.
     */
    private boolean deletedMeanwhile(ProblemException e, UriInfo uri, HttpHeaders headers) {
        if (e.type() != ProblemType.NOT_FOUND || headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            return false;
        }
        // the record the request addresses is the last path segment (e.g. /forums/{id}); only its own deletion counts
        var segments = uri.getPathSegments();
        String target =
                segments.isEmpty() ? "" : segments.get(segments.size() - 1).getPath();
        return UUID_SEGMENT.matcher(target).matches()
                && deletions.isResolvable()
                && deletions.get().wasDeleted(UUID.fromString(target));
    }

    private static ProblemException deleted() {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, text("common.deleted-by-someone-else"));
    }

    private static final java.util.regex.Pattern UUID_SEGMENT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        // Hibernate Validator has rendered the messages in the caller's language already (quarkus.locales).
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field)
                        .thenComparing(Problem.FieldViolation::message))
                .map(v -> new FieldError(v.field(), Text.validated(v.message())))
                .toList();
        return respond(ProblemException.invalid(errors), uri, headers);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return respond(
                new ProblemException(
                        ProblemType.VALIDATION,
                        text("problem.unknown-property", field),
                        List.of(new FieldError(field, text("field.unknown-property")))),
                uri,
                headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        Text message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? text("field.one-of", List.of(e.getTargetType().getEnumConstants()))
                : text("field.invalid-format");
        return respond(ProblemException.invalid(field, message), uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidJsonValue(InvalidJsonValueException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemException.invalid(jsonPath(e), text(e.fieldMessageKey())), uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return respond(ProblemException.invalid(duplicate, text("field.given-twice")), uri, headers);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(ProblemException.invalid(jsonPath(mapping), text("field.wrong-type")), uri, headers);
        }
        return respond(new ProblemException(ProblemType.BAD_REQUEST, text("problem.invalid-json")), uri, headers);
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
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers, text("problem.log-in"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers, text("problem.token-invalid"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemException.forbidden(text("problem.roles-forbid")), uri, headers);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps parse errors (such as a duplicate key) in a plain 400: name the field all the same.
            return unreadableJson(json, uri, headers);
        }
        if (status >= 500) {
            return internal(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        Text detail = status == 404 ? text("problem.no-resource", uri.getPath()) : type.title();
        return Response.fromResponse(respond(new ProblemException(type, detail), uri, headers))
                .status(status)
                .build();
    }

    /**
     * Anything else: a database failure the client can act on (a concurrent writer won: 412/409, the database is away:
     * 503 with Retry-After), however deeply it is wrapped; otherwise a 500 with a reference.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        return PersistenceFailures.classify(e)
                .map(problem -> {
                    Response response = respond(problem, uri, headers);
                    if (problem.type() == ProblemType.SERVICE_UNAVAILABLE) {
                        LOG.warnf("Database unavailable on %s: %s", instanceOf(uri), e);
                        return Response.fromResponse(response)
                                .header(HttpHeaders.RETRY_AFTER, PersistenceFailures.RETRY_AFTER_SECONDS)
                                .build();
                    }
                    return response;
                })
                .orElseGet(() -> internal(e, uri, headers));
    }

    private Response internal(Throwable e, UriInfo uri, HttpHeaders headers) {
        // The log keeps the cause; the client only gets a reference to quote to support.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, instanceOf(uri));
        return respond(new ProblemException(ProblemType.INTERNAL, text("problem.unexpected", reference)), uri, headers);
    }

    private Response unauthenticated(UriInfo uri, HttpHeaders headers, Text detail) {
        return Response.fromResponse(respond(new ProblemException(ProblemType.UNAUTHORIZED, detail), uri, headers))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"samverkan\"")
                .build();
    }

    /** The problem's texts rendered in the caller's language. */
    static Response respond(ProblemException problem, UriInfo uri, HttpHeaders headers) {
        Locale language = ProblemLocalisation.languageOf(headers);
        ProblemType type = problem.type();
        Problem body = new Problem(
                type.uri(),
                ProblemLocalisation.render(type.title(), language),
                type.status(),
                ProblemLocalisation.render(problem.detail(), language),
                instanceOf(uri),
                problem.rule(),
                ProblemLocalisation.render(problem.errors(), language));
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
