package se.samverkan.forum.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** Raising an item to a forum at a higher level; what is not given is taken from the item raised. */
@Schema(name = "EscalationInput")
public record EscalationInput(
        @Schema(description = "A forum at a higher level, of the same county or national")
                @NotNull(message = "{validation.required}")
                UUID forumId,
        @Optional @Size(max = 300, message = "{validation.at-most-characters}") String title,
        @Optional @Size(max = 5000, message = "{validation.at-most-characters}") String description,
        @Optional UUID ownerOrganisationId,
        @Optional @Size(max = 200, message = "{validation.at-most-characters}") String ownerPerson,
        @Optional LocalDate dueOn)
        implements RaisingInput {}
