package se.samverkan.followup.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.FollowUpDtos.IndicatorPermissions;
import se.samverkan.followup.IndicatorDirection;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorSource;

/** The read models of the indicators API. */
public final class IndicatorDtos {

    private IndicatorDtos() {}

    @Schema(name = "IndicatorTarget")
    public record TargetDto(@Schema(required = true) int year, @Schema(required = true) BigDecimal value) {}

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
            @Schema(
                            required = true,
                            description =
                                    "Follow-up assessments report values for it, so it cannot be removed (told only to"
                                            + " those who may remove it; false for others)")
                    boolean reportedInAssessments,
            @Schema(required = true) IndicatorPermissions permissions)
            implements Versioned {}

    @Schema(name = "IndicatorValuesImport", description = "The outcome of a CSV import that replaced every value")
    public record ImportResultDto(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true, description = "Values stored from the file") int imported,
            @Schema(required = true, description = "Values the file replaced") long replaced,
            @Schema(required = true, description = "Years in the file, ascending") List<Integer> years,
            @Schema(required = true, description = "The indicator's new version (ETag)") long version)
            implements Versioned {}
}
