package se.samverkan.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's value before and after a change (null when absent). */
@Schema(name = "FieldChange")
public record FieldChange(@Schema(required = true) String field, String before, String after) {}
