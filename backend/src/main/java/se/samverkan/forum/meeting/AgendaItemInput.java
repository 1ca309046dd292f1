package se.samverkan.forum.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.forum.AgendaItemKind;

@Schema(name = "AgendaItemInput")
public record AgendaItemInput(
        @Schema(example = "Lägesbild Västerbotten")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 500, message = "{validation.at-most-characters}")
                String title,
        @NotNull(message = "{validation.required}") AgendaItemKind kind,
        @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String description,
        @Optional
                @Schema(example = "Kajsa Rosén, Strategirådet")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String presenter,
        @Optional
                @Schema(description = "1-based place on the agenda; the end when omitted")
                @Min(value = 1, message = "{validation.must-be-value-or-more}")
                @Max(value = 500, message = "{validation.must-be-between-1-and-500}")
                Integer position,
        @Optional @Schema(description = "The agreement or strategy the point is about; required for STANDING_FOLLOW_UP")
                UUID agreementId,
        @Optional @Schema(description = "A goal area of that agreement (the agreement follows from it when omitted)")
                UUID goalAreaId,
        @Optional
                @Schema(description = "The minutes of this point; internal until the meeting's minutes are published")
                @Size(max = 50000, message = "{validation.at-most-characters}")
                String minutes) {}
