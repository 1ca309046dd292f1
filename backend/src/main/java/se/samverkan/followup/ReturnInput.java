package se.samverkan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentReturnInput", description = "What the party should change")
public record ReturnInput(
        @Schema(required = true)
                @NotBlank(message = "must not be blank")
                @Size(max = 5000, message = "must be at most 5000 characters")
                String comment) {}
