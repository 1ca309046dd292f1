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
import se.samverkan.followup.IndicatorDirection;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorSource;
import se.samverkan.followup.ValueRules;

/** What a coordinator sends to define or redefine an indicator. */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @Schema(description = "The goal area it follows up; none for the whole agreement") UUID goalAreaId,
        @Schema(required = true, example = "Andel nyanlända flyktingar som har arbete inom två år")
                @NotBlank(message = "must not be blank")
                @Size(max = 300, message = "must be at most 300 characters")
                String name,
        @Size(max = 5000, message = "must be at most 5000 characters") String description,
        @Schema(required = true, example = "%")
                @NotBlank(message = "must not be blank")
                @Size(max = 50, message = "must be at most 50 characters")
                String unit,
        @Schema(required = true) @NotNull(message = "must be given") IndicatorDirection direction,
        @Schema(required = true) @NotNull(message = "must be given") IndicatorScope scope,
        @Schema(required = true, description = "Values for women and men besides the total")
                @NotNull(message = "must be given")
                Boolean genderBreakdown,
        @Schema(required = true) @NotNull(message = "must be given") IndicatorSource source,
        @Schema(description = "Kolada KPI id, required when the source is KOLADA", example = "N00914")
                @Pattern(regexp = "[NU][0-9]{5}", message = "must be a Kolada KPI id such as N00914")
                String koladaKpi,
        @Min(value = ValueRules.FIRST_YEAR, message = "must be " + ValueRules.FIRST_YEAR + " or later")
                @Max(value = ValueRules.LAST_YEAR, message = "must be " + ValueRules.LAST_YEAR + " or earlier")
                Integer baselineYear,
        @DecimalMin(value = "-99999999999999", message = "is too small")
                @DecimalMax(value = "99999999999999", message = "is too large")
                @Digits(integer = 14, fraction = 4, message = "must have at most 4 decimals")
                BigDecimal baselineValue,
        @Size(max = 100, message = "must have at most 100 entries")
                List<@Valid @NotNull(message = "must not be empty") TargetInput> targets,
        @Schema(description = "Made-up demonstration values, never statistics") Boolean sample) {

    @Schema(name = "IndicatorTargetInput")
    public record TargetInput(
            @Schema(required = true)
                    @NotNull(message = "must be given")
                    @Min(value = ValueRules.FIRST_YEAR, message = "must be " + ValueRules.FIRST_YEAR + " or later")
                    @Max(value = ValueRules.LAST_YEAR, message = "must be " + ValueRules.LAST_YEAR + " or earlier")
                    Integer year,
            @Schema(required = true)
                    @NotNull(message = "must be given")
                    @DecimalMin(value = "-99999999999999", message = "is too small")
                    @DecimalMax(value = "99999999999999", message = "is too large")
                    @Digits(integer = 14, fraction = 4, message = "must have at most 4 decimals")
                    BigDecimal value) {}
}
