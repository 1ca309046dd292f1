package se.samverkan.forum.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** What a coordinator sends to hand out an action item at an agenda item, or to replace one. */
@Schema(name = "ActionItemInput")
public record ActionItemInput(
        @Schema(example = "Det måste läggas ett genusperspektiv på allt")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String title,
        @Optional @Size(max = 5000, message = "{validation.at-most-characters}") String description,
        @NotNull(message = "{validation.required}") UUID ownerOrganisationId,
        @Optional @Size(max = 200, message = "{validation.at-most-characters}") String ownerPerson,
        @Optional LocalDate dueOn,
        @Optional
                @Schema(description = "A forum or working group of the same county (or national) the item is handed to")
                UUID assigneeForumId) {}
