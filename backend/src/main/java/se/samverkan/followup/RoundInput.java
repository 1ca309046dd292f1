package se.samverkan.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpRoundInput", description = "Open the follow-up of one year of the agreement's period")
public record RoundInput(
        @Schema(example = "2027")
                @NotNull(message = "{validation.required}")
                @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                Integer year,
        @Schema(description = "When the parties' assessments are due") @NotNull(message = "{validation.required}")
                LocalDate deadline) {}
