package se.samverkan.followup.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;
import se.samverkan.followup.Gender;

/** Every value of an indicator as JSON, for systems that push statistics (the JSON twin of the CSV import). */
@Schema(name = "IndicatorValuesInput")
public record ValuesInput(
        @NotNull(message = "{validation.required}")
                @Size(min = 1, max = 50000, message = "{validation.must-have-1-to-50000-values}")
                List<@NotNull(message = "{validation.not-null}") @Valid Value> values) {

    @Schema(name = "IndicatorValueInput")
    public record Value(
            @Schema(example = "2021") @NotNull(message = "{validation.required}") Integer year,
            @Optional
                    @Schema(
                            description = "Four-digit municipality code; absent for county-wide indicators",
                            example = "1980")
                    String municipalityCode,
            @Optional @Schema(description = "TOTAL when absent") Gender gender,
            @Schema(example = "31.5") @NotNull(message = "{validation.required}") BigDecimal value) {}
}
