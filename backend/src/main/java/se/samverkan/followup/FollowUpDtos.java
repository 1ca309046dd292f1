package se.samverkan.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.PriorityStatus;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the follow-up rounds and assessments. */
public final class FollowUpDtos {

    private FollowUpDtos() {}

    @Schema(name = "FollowUpRoundPermissions", description = "What the caller may do with the round now")
    public record RoundPermissions(
            boolean changeDeadline,
            @Schema(description = "Only while no party has started") boolean delete,
            @Schema(description = "Every assessment is accepted") boolean compile,
            boolean approve,
            boolean viewBoard,
            boolean viewReport,
            @Schema(description = "CSV and PDF of a compiled or approved report") boolean export) {}

    @Schema(name = "AssessmentPermissions", description = "What the caller may do with the assessment now")
    public record AssessmentPermissions(
            @Schema(description = "Save a draft") boolean edit,
            boolean submit,
            @Schema(description = "Return or accept") boolean review) {}

    @Schema(name = "FollowUpRoundSummary")
    public record RoundSummary(
            UUID id,
            UUID agreementId,
            int year,
            @Optional LocalDate deadline,
            RoundStatus status,
            @Optional String approvedBy,
            @Optional LocalDate approvedOn,
            int tasks,
            int accepted,
            @Optional ProvenanceDto provenance) {}

    @Schema(name = "FollowUpTask", description = "One organisation's assessment of one goal area, as a task")
    public record TaskDto(
            UUID assessmentId,
            GoalAreaRef goalArea,
            @Optional
                    @Schema(
                            description =
                                    "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            AssessmentState state,
            @Optional GoalStatus status,
            @Optional Instant submittedAt,
            @Schema(description = "The deadline has passed and it is neither submitted nor accepted")
                    boolean overdue) {}

    @Schema(name = "FollowUpRound")
    public record RoundDto(
            UUID id,
            AgreementRef agreement,
            String countyCode,
            int year,
            @Optional @Schema(description = "Null only for rounds recorded from documents that state none")
                    LocalDate deadline,
            RoundStatus status,
            @Optional @Schema(description = "The coordinator's summary, written when compiling") String summary,
            @Optional Instant compiledAt,
            @Optional String compiledBy,
            @Optional @Schema(description = "The forum that approved the report") String approvedBy,
            @Optional LocalDate approvedOn,
            @Optional @Schema(description = "The meeting decision that approved it, when approved through one")
                    se.samverkan.common.decision.DecisionLinkDto approvalDecision,
            @Schema(
                            description = "The tasks the caller may see: all for the coordinator; a party's own "
                                    + "until the report is compiled")
                    List<TaskDto> tasks,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            RoundPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "AssessmentStateCounts")
    public record StateCounts(long notStarted, long draft, long submitted, long returned, long accepted) {}

    @Schema(name = "FollowUpBoard", description = "Who has handed in, against the deadline")
    public record BoardDto(
            UUID roundId,
            int year,
            @Optional LocalDate deadline,
            RoundStatus status,
            List<TaskDto> tasks,
            StateCounts counts,
            long overdue,
            long total) {}

    @Schema(name = "MyFollowUpTask", description = "A task of the caller's organisation, with its round")
    public record MyTaskDto(
            UUID roundId,
            AgreementRef agreement,
            int year,
            @Optional LocalDate deadline,
            RoundStatus roundStatus,
            TaskDto task) {}

    @Schema(name = "Activity", description = "Insats: what was done, by whom, with what result and money")
    public record ActivityDto(
            String title,
            @Optional String description,
            List<OrganisationReference> organisations,
            @Optional String result,
            @Optional @Schema(example = "§37") String fundingSource,
            @Optional @Schema(description = "The registered project (funding) the activity comes from") UUID projectId,
            @Optional @Schema(description = "The action plan's activity it was taken from") UUID planActivityId) {}

    @Schema(name = "ReportedIndicatorValue")
    public record ReportedValueDto(
            UUID indicatorId,
            String indicatorName,
            @Optional String municipalityCode,
            @Optional String municipalityName,
            Gender gender,
            BigDecimal value) {}

    @Schema(
            name = "AssessmentIndicator",
            description = "An indicator of the goal area the assessment may report values for")
    public record AssessmentIndicatorDto(
            UUID id, String name, String unit, IndicatorScope scope, boolean genderBreakdown) {}

    @Schema(name = "Assessment")
    public record AssessmentDto(
            UUID id,
            UUID roundId,
            AgreementRef agreement,
            int year,
            @Optional LocalDate deadline,
            RoundStatus roundStatus,
            GoalAreaRef goalArea,
            @Schema(
                            description = "What the assessment assesses: the goal area's goal, strategies and the"
                                    + " focus decided for the round's year, as the agreement says them")
                    AssessedGoalDto assesses,
            @Optional
                    @Schema(
                            description =
                                    "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            AssessmentState state,
            @Optional GoalStatus status,
            @Optional @Schema(description = "Läget") String situation,
            List<ActivityDto> activities,
            @Schema(description = "Values for the round's year") List<ReportedValueDto> indicatorValues,
            List<AssessmentIndicatorDto> indicators,
            @Optional @Schema(description = "Why the coordinator returned it") String returnComment,
            @Optional Instant submittedAt,
            @Optional String submittedBy,
            @Optional Instant reviewedAt,
            @Optional String reviewedBy,
            boolean overdue,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            AssessmentPermissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "AssessedGoal", description = "The goal area of an agreement, as an assessment assesses it")
    public record AssessedGoalDto(
            @Optional @Schema(description = "The goal area's goal (mål)") String goal,
            @Schema(description = "Its strategies (strategier), in order") List<String> strategies,
            @Optional @Schema(description = "The yearly priority (fokus) of the round's year, when there is one")
                    FocusDto focus) {}

    @Schema(name = "AssessedFocus", description = "A goal area's yearly priority: its points and how far it has come")
    public record FocusDto(int year, PriorityStatus status, List<String> points) {}

    @Schema(name = "GoalAreaReference")
    public record GoalAreaRef(
            UUID id, @Optional @Schema(description = "Null for a monitored area") String number, String title) {

        public static GoalAreaRef of(GoalArea g) {
            return g == null ? null : new GoalAreaRef(g.id, g.number, g.title);
        }
    }

    @Schema(name = "IndicatorPermissions", description = "What the caller may do with this indicator")
    public record IndicatorPermissions(
            boolean edit,
            boolean delete,
            @Schema(description = "Replace the values from a CSV file") boolean importValues) {}

    @Schema(name = "IndicatorValue")
    public record ValueDto(
            int year,
            @Optional @Schema(description = "Null for a county-wide value") String municipalityCode,
            @Optional String municipalityName,
            Gender gender,
            BigDecimal value,
            @Schema(description = "Made-up demonstration value") boolean sample) {}
}
