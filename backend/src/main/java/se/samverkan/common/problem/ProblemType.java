package se.samverkan.common.problem;

import java.net.URI;

/** The stable problem types of the API (RFC 9457 {@code type}); clients may switch on them. */
public enum ProblemType {
    VALIDATION("validation", 400, "The request contains invalid values"),
    BAD_REQUEST("bad-request", 400, "The request cannot be read"),
    UNAUTHORIZED("unauthorized", 401, "Authentication is required"),
    FORBIDDEN("forbidden", 403, "You are not allowed to do this"),
    NOT_FOUND("not-found", 404, "The resource was not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "The method is not allowed on this resource"),
    NOT_ACCEPTABLE("not-acceptable", 406, "The requested media type cannot be produced"),
    CONFLICT("conflict", 409, "The request conflicts with the current state"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The request body has an unsupported media type"),
    PRECONDITION_REQUIRED("precondition-required", 428, "An If-Match header is required"),
    BUSY("busy", 503, "The server is busy; try again shortly"),
    INTERNAL("internal", 500, "An unexpected error occurred"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "The service is temporarily unavailable");

    private static final String PREFIX = "urn:samverkan:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public int status() {
        return status;
    }

    /** The title's text; the English line in i18n/problems.properties is the one given here. */
    public Text title() {
        return new Text("problem.title." + slug, java.util.List.of());
    }

    /** The English title, for the OpenAPI document. */
    public String englishTitle() {
        return title;
    }

    /** The generic type for a status; a plain 400 is an unreadable request, not a field validation. */
    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return BAD_REQUEST;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
