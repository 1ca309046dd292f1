package se.samverkan.common.problem;

/** One offending field and why, before it is rendered into a {@link Problem.FieldViolation}. */
public record FieldError(String field, Text message) {}
