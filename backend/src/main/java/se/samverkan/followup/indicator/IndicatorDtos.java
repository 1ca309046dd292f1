package se.samverkan.followup.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.followup.FollowUpDtos.IndicatorPermissions;
import se.samverkan.followup.IndicatorDirection;
import se.samverkan.followup.IndicatorScope;
import se.samverkan.followup.IndicatorSource;

/** The read models of the indicators API. */
public final class IndicatorDtos {

    private IndicatorDtos() {}

    @Schema(name = "IndicatorTarget")
    public record TargetDto(int year, BigDecimal value) {}

    @Schema(name = "Indicator")
    public record IndicatorDto(
            UUID id,
            UUID agreementId,
            @Optional @Schema(description = "Null for an indicator of the whole agreement") GoalAreaRef goalArea,
            String name,
            @Optional String description,
            String unit,
            IndicatorDirection direction,
            IndicatorScope scope,
            boolean genderBreakdown,
            IndicatorSource source,
            @Optional @Schema(description = "Kolada KPI id when the source is KOLADA") String koladaKpi,
            @Optional Integer baselineYear,
            @Optional BigDecimal baselineValue,
            @Schema(description = "Made-up demonstration data, never statistics") boolean sample,
            @Schema(description = "By year") List<TargetDto> targets,
            @Schema(description = "Years that have values, ascending") List<Integer> valueYears,
            long valueCount,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            @Schema(
                            description =
                                    "Follow-up assessments report values for it, so it cannot be removed (told only to"
                                            + " those who may remove it; false for others)")
                    boolean reportedInAssessments,
            @Schema(
                            description =
                                    "Activities of the action plan follow it up, so it cannot be removed until they are"
                                            + " unlinked (told only to those who may remove it; false for others)")
                    boolean followedInActionPlan,
            IndicatorPermissions permissions)
            implements Versioned {}

    @Schema(name = "IndicatorValuesImport", description = "The outcome of a CSV import that replaced every value")
    public record ImportResultDto(
            UUID indicatorId,
            @Schema(description = "Values stored from the file") int imported,
            @Schema(description = "Values the file replaced") long replaced,
            @Schema(description = "Years in the file, ascending") List<Integer> years,
            @Schema(description = "The indicator's new version (ETag)") long version)
            implements Versioned {}
}
