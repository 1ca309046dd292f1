package se.samverkan.common.problem;

import java.util.List;

/**
 * Thrown by services to end a request with a problem response; mapped in {@link ProblemMappers}. Its texts are
 * message keys with arguments ({@link Text}), rendered in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<FieldError> errors;
    private final String rule;
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, Text detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, Text detail, List<FieldError> errors, String rule) {
        super(detail.key() + (detail.args().isEmpty() ? "" : " " + detail.args()));
        this.type = type;
        this.detail = detail;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.rule = rule;
    }

    public ProblemException(ProblemType type, Text detail) {
        this(type, detail, null);
    }

    /** A 503 with Retry-After: enough of this kind of work is already running. */
    public static ProblemException busy(Text detail, int retryAfterSeconds) {
        ProblemException problem = new ProblemException(ProblemType.BUSY, detail);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String rule() {
        return rule;
    }

    /** A 409 naming the business rule the request would break, e.g. a lifecycle step that is not allowed. */
    public static ProblemException ruleViolation(String rule, Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null, rule);
    }

    /** A 409 naming the rule and the field whose value breaks it (a duplicate that a unique constraint also guards). */
    public static ProblemException ruleViolation(String rule, Text detail, String field, Text fieldMessage) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new FieldError(field, fieldMessage)), rule);
    }

    /** A 404; the text names what was looked for, e.g. {@code text("agreement.not-found", id)}. */
    public static ProblemException notFound(Text detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(Text detail, String field, Text fieldMessage) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new FieldError(field, fieldMessage)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String fields = String.join(
                ", ", errors.stream().map(FieldError::field).distinct().toList());
        return new ProblemException(ProblemType.VALIDATION, Text.text("problem.invalid-value", fields), errors);
    }

    public static ProblemException invalid(String field, Text message) {
        return invalid(List.of(new FieldError(field, message)));
    }
}
