package se.samverkan.common.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects rule violations across several fields so a client sees all of them in one response. */
public final class FieldViolations {

    private final List<FieldError> violations = new ArrayList<>();

    public FieldViolations add(String field, Text message) {
        violations.add(new FieldError(field, message));
        return this;
    }

    public FieldViolations addAll(FieldViolations other) {
        violations.addAll(other.violations);
        return this;
    }

    public boolean isEmpty() {
        return violations.isEmpty();
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
