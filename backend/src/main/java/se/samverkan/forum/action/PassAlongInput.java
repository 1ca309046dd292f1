package se.samverkan.forum.action;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** Passing an item along the preparation chain; what is not given is taken from the item passed along. */
@Schema(name = "PassAlongInput")
public record PassAlongInput(
        @Schema(description = "The forum the item's forum prepares for or reports to (its passAlongTo)")
                @NotNull(message = "{validation.required}")
                UUID forumId,
        @Optional @Size(max = 300, message = "{validation.at-most-characters}") String title,
        @Optional @Size(max = 5000, message = "{validation.at-most-characters}") String description,
        @Optional UUID ownerOrganisationId,
        @Optional @Size(max = 200, message = "{validation.at-most-characters}") String ownerPerson,
        @Optional LocalDate dueOn)
        implements RaisingInput {}
