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

@Schema(name = "StandingItemInput", description = "A standing agenda point that every new meeting of the forum gets")
public record StandingItemInput(
        @Schema(example = "RUS – avstämning och uppföljning")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 500, message = "{validation.at-most-characters}")
                String title,
        @NotNull(message = "{validation.required}") AgendaItemKind kind,
        @Optional @Size(max = 20000, message = "{validation.at-most-characters}") String description,
        @Optional
                @Schema(description = "1-based place among the standing points; the end when omitted")
                @Min(value = 1, message = "{validation.must-be-value-or-more}")
                @Max(value = 500, message = "{validation.must-be-between-1-and-500}")
                Integer position,
        @Optional
                @Schema(description = "The agreement or strategy the point follows up; required for STANDING_FOLLOW_UP")
                UUID agreementId,
        @Optional @Schema(description = "A goal area of that agreement (the agreement follows from it when omitted)")
                UUID goalAreaId) {}
