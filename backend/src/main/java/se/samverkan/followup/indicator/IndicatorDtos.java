package se.samverkan.followup.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The read models of the indicators API. */
public final class IndicatorDtos {

    private IndicatorDtos() {}

    @Schema(name = "GoalAreaReference")
    public record GoalAreaRef(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for a monitored area") String number,
            @Schema(required = true) String title) {}

    @Schema(name = "IndicatorTarget")
    public record TargetDto(@Schema(required = true) int year, @Schema(required = true) BigDecimal value) {}

    @Schema(name = "IndicatorPermissions", description = "What the caller may do with this indicator")
    public record IndicatorPermissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true, description = "Replace the values from a CSV file") boolean importValues) {}

    @Schema(name = "Indicator")
    public record IndicatorDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(description = "Null for an indicator of the whole agreement") GoalAreaRef goalArea,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) String unit,
            @Schema(required = true) IndicatorDirection direction,
            @Schema(required = true) IndicatorScope scope,
            @Schema(required = true) boolean genderBreakdown,
            @Schema(required = true) IndicatorSource source,
            @Schema(description = "Kolada KPI id when the source is KOLADA") String koladaKpi,
            Integer baselineYear,
            BigDecimal baselineValue,
            @Schema(required = true, description = "Made-up demonstration data, never statistics") boolean sample,
            @Schema(required = true, description = "By year") List<TargetDto> targets,
            @Schema(required = true, description = "Years that have values, ascending") List<Integer> valueYears,
            @Schema(required = true) long valueCount,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) IndicatorPermissions permissions) {}

    @Schema(name = "IndicatorValue")
    public record ValueDto(
            @Schema(required = true) int year,
            @Schema(description = "Null for a county-wide value") String municipalityCode,
            String municipalityName,
            @Schema(required = true) Gender gender,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, description = "Made-up demonstration value") boolean sample) {}

    @Schema(name = "IndicatorValuesImport", description = "The outcome of a CSV import that replaced every value")
    public record ImportResultDto(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true, description = "Values stored from the file") int imported,
            @Schema(required = true, description = "Values the file replaced") long replaced,
            @Schema(required = true, description = "Years in the file, ascending") List<Integer> years,
            @Schema(required = true, description = "The indicator's new version (ETag)") long version) {}
}
