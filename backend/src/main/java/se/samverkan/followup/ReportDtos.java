package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.followup.FollowUpDtos.ActivityDto;
import se.samverkan.organisation.OrganisationReference;

/** The report of a follow-up round: what the parties assessed per goal area, aggregated, with the indicators. */
public final class ReportDtos {

    private ReportDtos() {}

    /** How an indicator series moved between its first and last year, judged by the indicator's direction. */
    public enum Trend {
        IMPROVING,
        WORSENING,
        UNCHANGED,
        INSUFFICIENT_DATA
    }

    @Schema(name = "GoalStatusCounts", description = "Accepted assessments per status")
    public record StatusCounts(long onTrack, long partly, long notOnTrack, long notAssessed) {}

    @Schema(name = "ReportAssessment")
    public record ReportAssessment(
            UUID assessmentId,
            @Optional
                    @Schema(
                            description =
                                    "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            GoalStatus status,
            @Optional @Schema(description = "Läget") String situation,
            List<ActivityDto> activities,
            @Optional ProvenanceDto provenance) {}

    @Schema(name = "ReportIndicatorValue")
    public record ReportValue(
            @Optional String municipalityCode,
            @Optional String municipalityName,
            Gender gender,
            BigDecimal value,
            @Optional @Schema(description = "Reaches the year's target given the direction; null without a target")
                    Boolean meetsTarget,
            @Schema(description = "Made-up demonstration value") boolean sample) {}

    @Schema(name = "TrendPoint")
    public record TrendPoint(int year, BigDecimal value) {}

    @Schema(
            name = "TrendSeries",
            description = "One line of a chart: a municipality (or the county) and a gender across years")
    public record TrendSeries(
            @Optional String municipalityCode,
            @Optional String municipalityName,
            Gender gender,
            @Schema(description = "Up to the round's year, ascending") List<TrendPoint> points,
            @Optional @Schema(description = "Last value minus first; null with fewer than two years") BigDecimal change,
            Trend trend) {}

    @Schema(name = "ReportIndicator")
    public record ReportIndicator(
            UUID id,
            String name,
            @Optional String description,
            String unit,
            IndicatorDirection direction,
            IndicatorScope scope,
            boolean genderBreakdown,
            IndicatorSource source,
            @Optional String koladaKpi,
            @Schema(description = "Made-up demonstration data, never statistics") boolean sample,
            @Optional Integer baselineYear,
            @Optional BigDecimal baselineValue,
            @Optional @Schema(description = "The target of the round's year") BigDecimal target,
            @Schema(description = "Values of the round's year") List<ReportValue> values,
            List<TrendSeries> trend) {}

    @Schema(name = "ReportGoalArea")
    public record ReportGoalArea(
            UUID id,
            @Optional @Schema(description = "Null for a monitored area") String number,
            String title,
            @Optional String goal,
            @Schema(description = "The focus points decided for the round's year") List<String> focus,
            @Schema(
                            description = "The least favourable status among the accepted assessments that assess "
                                    + "(ON_TRACK > PARTLY > NOT_ON_TRACK); NOT_ASSESSED when none does")
                    GoalStatus aggregateStatus,
            StatusCounts statusCounts,
            @Schema(description = "Accepted assessments, by organisation") List<ReportAssessment> assessments,
            List<ReportIndicator> indicators) {}

    @Schema(
            name = "FollowUpReport",
            description = "The compiled follow-up of one agreement and year; public once approved")
    public record ReportDto(
            UUID roundId,
            AgreementRef agreement,
            String countyCode,
            String countyName,
            int year,
            RoundStatus status,
            @Optional String summary,
            @Optional Instant compiledAt,
            @Optional String approvedBy,
            @Optional LocalDate approvedOn,
            @Schema(description = "In document order") List<ReportGoalArea> goalAreas,
            @Schema(description = "Indicators of the whole agreement") List<ReportIndicator> agreementIndicators,
            @Schema(description = "All accepted assessments per status") StatusCounts statusCounts,
            @Optional ProvenanceDto provenance) {}
}
