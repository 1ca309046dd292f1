package se.samverkan.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(
                        required = true,
                        description = "Stable identifier of the problem type",
                        example = "urn:samverkan:problem:validation")
                URI type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        @Schema(required = true, description = "Human-readable explanation of this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(
                        description = "The business rule that was broken, for conflicts",
                        example = "adoption-needs-two-parties")
                String rule,
        @Schema(description = "Offending fields, for validation problems") List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: {@code field} is the JSON property name (dotted for nested values). */
    @Schema(name = "FieldViolation")
    public record FieldViolation(@Schema(required = true) String field, @Schema(required = true) String message) {}
}
