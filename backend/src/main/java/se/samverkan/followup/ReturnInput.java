package se.samverkan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentReturnInput", description = "What the party should change")
public record ReturnInput(
        @NotBlank(message = "{validation.not-blank}") @Size(max = 5000, message = "{validation.at-most-characters}")
                String comment) {}
