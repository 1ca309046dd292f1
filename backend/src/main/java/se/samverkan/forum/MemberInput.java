package se.samverkan.forum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "ForumMemberInput")
public record MemberInput(
        @NotNull(message = "{validation.required}") UUID organisationId,
        @Optional @Schema(description = "Omit when not known") MemberRole role,
        @Optional
                @Schema(
                        description = "How the organisation is represented, as printed",
                        example =
                                "Kommunstyrelsens ordförande och/eller annan politisk representant utsedd av kommunen")
                @Size(max = 1000, message = "{validation.at-most-characters}")
                String description,
        @Optional @Size(max = 20, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") RepresentativeDto> representatives) {}
