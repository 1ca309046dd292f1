package se.samverkan.followup.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.followup.IndicatorDirection;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.followup.ValueRules;

/** What a coordinator sends to define or redefine an indicator. */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @Optional @Schema(description = "The goal area it follows up; none for the whole agreement") UUID goalAreaId,
        @Schema(example = "Andel nyanlända flyktingar som har arbete inom två år")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 300, message = "{validation.at-most-characters}")
                String name,
        @Optional @Size(max = 5000, message = "{validation.at-most-characters}") String description,
        @Schema(example = "%")
                @NotBlank(message = "{validation.not-blank}")
                @Size(max = 50, message = "{validation.at-most-characters}")
                String unit,
        @NotNull(message = "{validation.required}") IndicatorDirection direction,
        @NotNull(message = "{validation.required}") IndicatorScope scope,
        @Schema(description = "Values for women and men besides the total") @NotNull(message = "{validation.required}")
                Boolean genderBreakdown,
        @NotNull(message = "{validation.required}") IndicatorSource source,
        @Optional
                @Schema(description = "Kolada KPI id, required when the source is KOLADA", example = "N00914")
                @Pattern(regexp = "[NU][0-9]{5}", message = "{validation.must-be-a-kolada-kpi-id-such-as}")
                String koladaKpi,
        @Optional
                @Min(value = ValueRules.FIRST_YEAR, message = "{validation.must-be-value-or-later}")
                @Max(value = ValueRules.LAST_YEAR, message = "{validation.must-be-value-or-earlier}")
                Integer baselineYear,
        @Optional
                @DecimalMin(value = "-99999999999999", message = "{validation.is-too-small}")
                @DecimalMax(value = "99999999999999", message = "{validation.is-too-large}")
                @Digits(integer = 14, fraction = 4, message = "{validation.must-have-at-most-4-decimals}")
                BigDecimal baselineValue,
        @Optional @Size(max = 100, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") TargetInput> targets,
        @Optional @Schema(description = "Made-up demonstration values, never statistics") Boolean sample) {

    @Schema(name = "IndicatorTargetInput")
    public record TargetInput(
            @NotNull(message = "{validation.required}")
                    @Min(value = ValueRules.FIRST_YEAR, message = "{validation.must-be-value-or-later}")
                    @Max(value = ValueRules.LAST_YEAR, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @NotNull(message = "{validation.required}")
                    @DecimalMin(value = "-99999999999999", message = "{validation.is-too-small}")
                    @DecimalMax(value = "99999999999999", message = "{validation.is-too-large}")
                    @Digits(integer = 14, fraction = 4, message = "{validation.must-have-at-most-4-decimals}")
                    BigDecimal value) {}
}
