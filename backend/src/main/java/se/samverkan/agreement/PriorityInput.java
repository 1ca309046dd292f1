package se.samverkan.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

@Schema(name = "PriorityInput", description = "The focus points of a goal area for one year")
public record PriorityInput(
        @NotEmpty(message = "{validation.must-have-at-least-one-point}")
                @Size(max = 50, message = "{validation.at-most-entries}")
                List<
                                @NotBlank(message = "{validation.not-blank}")
                                @Size(max = 5000, message = "{validation.at-most-characters}") String>
                        points,
        @Optional
                @Schema(
                        description =
                                "The forum that proposes it (e.g. Beredningsgruppen); it is then decided by a meeting"
                                        + " decision of the forum it prepares for")
                UUID proposedByForumId,
        @Optional
                @Schema(
                        description =
                                "Only for a priority transcribed from a published document: the forum that decided it"
                                        + " as the document says, e.g. Integrationsrådet")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String decidedBy,
        @Optional
                @Schema(description = "Only for a priority transcribed from a published document: when it was decided")
                LocalDate decidedOn) {}
