package se.samverkan.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** A party's draft: everything optional until it is submitted (then status and situation are required). */
@Schema(name = "AssessmentInput")
public record AssessmentInput(
        @Optional GoalStatus status,
        @Optional @Schema(description = "Läget") @Size(max = 20000, message = "{validation.at-most-characters}")
                String situation,
        @Optional @Size(max = 100, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") ActivityInput> activities,
        @Optional
                @Schema(description = "Values for the round's year, for indicators of the goal area")
                @Size(max = 2000, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") ValueInput> indicatorValues) {

    @Schema(name = "ActivityInput")
    public record ActivityInput(
            @NotBlank(message = "{validation.not-blank}") @Size(max = 300, message = "{validation.at-most-characters}")
                    String title,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String description,
            @Optional
                    @Schema(description = "The organisations that did it")
                    @Size(max = 50, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.not-empty}") UUID> organisationIds,
            @Optional @Size(max = 10000, message = "{validation.at-most-characters}") String result,
            @Optional @Schema(example = "§37") @Size(max = 100, message = "{validation.at-most-characters}")
                    String fundingSource,
            @Optional @Schema(description = "The registered project (funding) the activity comes from") UUID projectId,
            @Optional @Schema(description = "The action plan's activity (of this goal area) it is taken from")
                    UUID planActivityId) {}

    @Schema(name = "ReportedIndicatorValueInput")
    public record ValueInput(
            @NotNull(message = "{validation.required}") UUID indicatorId,
            @Optional
                    @Schema(description = "Required for indicators per municipality, else empty", example = "1980")
                    @Pattern(regexp = "[0-9]{4}", message = "{validation.must-be-a-four-digit-municipality-code}")
                    String municipalityCode,
            @Optional @Schema(description = "TOTAL when left out") Gender gender,
            @NotNull(message = "{validation.required}")
                    @DecimalMin(value = "-99999999999999", message = "{validation.is-too-small}")
                    @DecimalMax(value = "99999999999999", message = "{validation.is-too-large}")
                    @Digits(integer = 14, fraction = 4, message = "{validation.must-have-at-most-4-decimals}")
                    BigDecimal value) {}
}
