package se.samverkan.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpCompileInput", description = "The coordinator's summary of the round")
public record CompileInput(
        @NotBlank(message = "{validation.not-blank}") @Size(max = 50000, message = "{validation.at-most-characters}")
                String summary) {}
