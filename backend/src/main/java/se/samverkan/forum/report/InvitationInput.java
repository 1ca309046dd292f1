package se.samverkan.forum.report;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvitationInput")
public record InvitationInput(
        @Schema(description = "Member organisations of the forum; those already invited are left as they are")
                @NotEmpty(message = "{validation.must-name-at-least-one-organisation}")
                @Size(max = 100, message = "{validation.at-most-entries}")
                List<@NotNull(message = "{validation.not-empty}") UUID> organisationIds) {}
