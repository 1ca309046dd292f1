package se.samverkan.common.problem;

import java.util.List;

/** Thrown by services to end a request with a problem response; mapped in {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldViolation> errors;
    private final String rule;
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail, List<Problem.FieldViolation> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldViolation> errors, String rule) {
        super(detail);
        this.type = type;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.rule = rule;
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A 503 with Retry-After: enough of this kind of work is already running. */
    public static ProblemException busy(String detail, int retryAfterSeconds) {
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

    public List<Problem.FieldViolation> errors() {
        return errors;
    }

    public String rule() {
        return rule;
    }

    /** A 409 naming the business rule the request would break, e.g. a lifecycle step that is not allowed. */
    public static ProblemException ruleViolation(String rule, String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, null, rule);
    }

    /** A 409 naming the rule and the field whose value breaks it (a duplicate that a unique constraint also guards). */
    public static ProblemException ruleViolation(String rule, String detail, String field, String fieldMessage) {
        return new ProblemException(
                ProblemType.CONFLICT, detail, List.of(new Problem.FieldViolation(field, fieldMessage)), rule);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException conflict(String detail, String field, String fieldMessage) {
        return new ProblemException(
                ProblemType.CONFLICT, detail, List.of(new Problem.FieldViolation(field, fieldMessage)));
    }

    public static ProblemException invalid(List<Problem.FieldViolation> errors) {
        String fields = String.join(
                ", ",
                errors.stream().map(Problem.FieldViolation::field).distinct().toList());
        return new ProblemException(ProblemType.VALIDATION, "Invalid value for: " + fields, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldViolation(field, message)));
    }
}
