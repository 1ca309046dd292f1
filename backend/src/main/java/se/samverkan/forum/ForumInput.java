package se.samverkan.forum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.Level;
import se.samverkan.common.openapi.Optional;

/** What a coordinator sends to create or replace a forum's own fields (members are a sub-resource). */
@Schema(name = "ForumInput")
public record ForumInput(
        @Schema(example = "Beredningsgruppen")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 200, message = "{validation.at-most-characters}")
                String name,
        @NotNull(message = "{validation.required}") ForumKind kind,
        @NotNull(message = "{validation.required}") Level level,
        @Optional
                @Schema(
                        description = "Required unless the level is NATIONAL; a national forum has no county",
                        example = "19")
                @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                String countyCode,
        @Optional @Schema(description = "Sammankallande organisation") UUID convenerOrganisationId,
        @Optional @Schema(example = "Landshövdingen") @Size(max = 200, message = "{validation.at-most-characters}")
                String chair,
        @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String description,
        @Optional
                @Schema(example = "4")
                @Min(value = 1, message = "{validation.must-be-between-1-and-52}")
                @Max(value = 52, message = "{validation.must-be-between-1-and-52}")
                Integer meetingsPerYear,
        @Optional
                @Schema(description = "Who else is invited when needed")
                @Size(max = 2000, message = "{validation.at-most-characters}")
                String invitedAsNeeded,
        @Optional @Schema(description = "Uppdrag, in order") @Size(max = 50, message = "{validation.at-most-entries}")
                List<
                                @NotBlank(message = "{validation.not-blank}")
                                @Size(max = 2000, message = "{validation.at-most-characters}") String>
                        mandate,
        @Optional @Schema(description = "Syfte, in order") @Size(max = 50, message = "{validation.at-most-entries}")
                List<
                                @NotBlank(message = "{validation.not-blank}")
                                @Size(max = 2000, message = "{validation.at-most-characters}") String>
                        purposes,
        @Optional
                @Schema(
                        description =
                                "The forum this one prepares for or reports to: same county or national, same or higher level."
                                        + " Required for a working group")
                UUID parentForumId,
        @Optional @Schema(description = "Required with parentForumId") ForumRelation parentRelation,
        @Optional @Schema(description = "End of a temporary working group; only for WORKING_GROUP") LocalDate endsOn,
        @Optional
                @Schema(description = "Agreements the forum works with (same county; any for a national forum)")
                @Size(max = 50, message = "{validation.at-most-entries}")
                Set<@NotNull(message = "{validation.not-empty}") UUID> agreementIds) {}
