package se.samverkan.forum.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.forum.ActionItemStatus;

@Schema(name = "ActionItemStatusInput")
public record ActionItemStatusInput(
        @Schema(description = "IN_PROGRESS, OPEN, DONE, or CANCELLED (coordinators and admins only)")
                @NotNull(message = "{validation.required}")
                ActionItemStatus status,
        @Optional
                @Schema(description = "How the work stands; replaces the previous note")
                @Size(max = 2000, message = "{validation.at-most-characters}")
                String note) {}
