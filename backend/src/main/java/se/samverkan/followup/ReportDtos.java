package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
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
    public record StatusCounts(
            @Schema(required = true) long onTrack,
            @Schema(required = true) long partly,
            @Schema(required = true) long notOnTrack,
            @Schema(required = true) long notAssessed) {}

    @Schema(name = "ReportAssessment")
    public record ReportAssessment(
            @Schema(required = true) UUID assessmentId,
            @Schema(description = "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            @Schema(required = true) GoalStatus status,
            @Schema(description = "Läget") String situation,
            @Schema(required = true) List<ActivityDto> activities,
            ProvenanceDto provenance) {}

    @Schema(name = "ReportIndicatorValue")
    public record ReportValue(
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) Gender gender,
            @Schema(required = true) BigDecimal value,
            @Schema(description = "Reaches the year's target given the direction; null without a target")
                    Boolean meetsTarget,
            @Schema(required = true, description = "Made-up demonstration value") boolean sample) {}

    @Schema(name = "TrendPoint")
    public record TrendPoint(@Schema(required = true) int year, @Schema(required = true) BigDecimal value) {}

    @Schema(
            name = "TrendSeries",
            description = "One line of a chart: a municipality (or the county) and a gender across years")
    public record TrendSeries(
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) Gender gender,
            @Schema(required = true, description = "Up to the round's year, ascending") List<TrendPoint> points,
            @Schema(description = "Last value minus first; null with fewer than two years") BigDecimal change,
            @Schema(required = true) Trend trend) {}

    @Schema(name = "ReportIndicator")
    public record ReportIndicator(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) String unit,
            @Schema(required = true) IndicatorDirection direction,
            @Schema(required = true) IndicatorScope scope,
            @Schema(required = true) boolean genderBreakdown,
            @Schema(required = true) IndicatorSource source,
            String koladaKpi,
            @Schema(required = true, description = "Made-up demonstration data, never statistics") boolean sample,
            Integer baselineYear,
            BigDecimal baselineValue,
            @Schema(description = "The target of the round's year") BigDecimal target,
            @Schema(required = true, description = "Values of the round's year") List<ReportValue> values,
            @Schema(required = true) List<TrendSeries> trend) {}

    @Schema(name = "ReportGoalArea")
    public record ReportGoalArea(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for a monitored area") String number,
            @Schema(required = true) String title,
            String goal,
            @Schema(required = true, description = "The focus points decided for the round's year") List<String> focus,
            @Schema(
                            required = true,
                            description = "The least favourable status among the accepted assessments that assess "
                                    + "(ON_TRACK > PARTLY > NOT_ON_TRACK); NOT_ASSESSED when none does")
                    GoalStatus aggregateStatus,
            @Schema(required = true) StatusCounts statusCounts,
            @Schema(required = true, description = "Accepted assessments, by organisation")
                    List<ReportAssessment> assessments,
            @Schema(required = true) List<ReportIndicator> indicators) {}

    @Schema(
            name = "FollowUpReport",
            description = "The compiled follow-up of one agreement and year; public once approved")
    public record ReportDto(
            @Schema(required = true) UUID roundId,
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) int year,
            @Schema(required = true) RoundStatus status,
            String summary,
            Instant compiledAt,
            String approvedBy,
            LocalDate approvedOn,
            @Schema(required = true, description = "In document order") List<ReportGoalArea> goalAreas,
            @Schema(required = true, description = "Indicators of the whole agreement")
                    List<ReportIndicator> agreementIndicators,
            @Schema(required = true, description = "All accepted assessments per status") StatusCounts statusCounts,
            ProvenanceDto provenance) {}
}
