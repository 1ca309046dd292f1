package se.samverkan.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** An RFC 9457 problem details body, served as {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Stable identifier of the problem type", example = "urn:samverkan:problem:validation")
                URI type,
        String title,
        int status,
        @Schema(description = "Human-readable explanation of this occurrence") String detail,
        @Optional @Schema(description = "The request path") String instance,
        @Optional
                @Schema(
                        description = "The business rule that was broken, for conflicts",
                        example = "adoption-needs-two-parties")
                String rule,
        @Optional @Schema(description = "Offending fields, for validation problems") List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: {@code field} is the JSON property name (dotted for nested values). */
    @Schema(name = "FieldViolation")
    public record FieldViolation(String field, String message) {}
}
