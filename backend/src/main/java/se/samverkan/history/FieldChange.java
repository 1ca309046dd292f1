package se.samverkan.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** One field's value before and after a change (null when absent). */
@Schema(name = "FieldChange")
public record FieldChange(String field, @Optional String before, @Optional String after) {}
