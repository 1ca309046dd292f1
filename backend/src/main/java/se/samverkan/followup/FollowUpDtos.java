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
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** The read models of the follow-up rounds and assessments. */
public final class FollowUpDtos {

    private FollowUpDtos() {}

    @Schema(name = "FollowUpRoundPermissions", description = "What the caller may do with the round now")
    public record RoundPermissions(
            @Schema(required = true) boolean changeDeadline,
            @Schema(required = true, description = "Only while no party has started") boolean delete,
            @Schema(required = true, description = "Every assessment is accepted") boolean compile,
            @Schema(required = true) boolean approve,
            @Schema(required = true) boolean viewBoard,
            @Schema(required = true) boolean viewReport,
            @Schema(required = true, description = "CSV and PDF of a compiled or approved report") boolean export) {}

    @Schema(name = "AssessmentPermissions", description = "What the caller may do with the assessment now")
    public record AssessmentPermissions(
            @Schema(required = true, description = "Save a draft") boolean edit,
            @Schema(required = true) boolean submit,
            @Schema(required = true, description = "Return or accept") boolean review) {}

    @Schema(name = "FollowUpRoundSummary")
    public record RoundSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) int year,
            LocalDate deadline,
            @Schema(required = true) RoundStatus status,
            String approvedBy,
            LocalDate approvedOn,
            @Schema(required = true) int tasks,
            @Schema(required = true) int accepted,
            ProvenanceDto provenance) {}

    @Schema(name = "FollowUpTask", description = "One organisation's assessment of one goal area, as a task")
    public record TaskDto(
            @Schema(required = true) UUID assessmentId,
            @Schema(required = true) GoalAreaRef goalArea,
            @Schema(description = "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            @Schema(required = true) AssessmentState state,
            GoalStatus status,
            Instant submittedAt,
            @Schema(required = true, description = "The deadline has passed and it is neither submitted nor accepted")
                    boolean overdue) {}

    @Schema(name = "FollowUpRound")
    public record RoundDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true) String countyCode,
            @Schema(required = true) int year,
            @Schema(description = "Null only for rounds recorded from documents that state none") LocalDate deadline,
            @Schema(required = true) RoundStatus status,
            @Schema(description = "The coordinator's summary, written when compiling") String summary,
            Instant compiledAt,
            String compiledBy,
            @Schema(description = "The forum that approved the report") String approvedBy,
            LocalDate approvedOn,
            @Schema(description = "The meeting decision that approved it, when approved through one")
                    se.samverkan.common.decision.DecisionLinkDto approvalDecision,
            @Schema(
                            required = true,
                            description = "The tasks the caller may see: all for the coordinator; a party's own "
                                    + "until the report is compiled")
                    List<TaskDto> tasks,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) RoundPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "AssessmentStateCounts")
    public record StateCounts(
            @Schema(required = true) long notStarted,
            @Schema(required = true) long draft,
            @Schema(required = true) long submitted,
            @Schema(required = true) long returned,
            @Schema(required = true) long accepted) {}

    @Schema(name = "FollowUpBoard", description = "Who has handed in, against the deadline")
    public record BoardDto(
            @Schema(required = true) UUID roundId,
            @Schema(required = true) int year,
            LocalDate deadline,
            @Schema(required = true) RoundStatus status,
            @Schema(required = true) List<TaskDto> tasks,
            @Schema(required = true) StateCounts counts,
            @Schema(required = true) long overdue,
            @Schema(required = true) long total) {}

    @Schema(name = "MyFollowUpTask", description = "A task of the caller's organisation, with its round")
    public record MyTaskDto(
            @Schema(required = true) UUID roundId,
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true) int year,
            LocalDate deadline,
            @Schema(required = true) RoundStatus roundStatus,
            @Schema(required = true) TaskDto task) {}

    @Schema(name = "Activity", description = "Insats: what was done, by whom, with what result and money")
    public record ActivityDto(
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) List<OrganisationReference> organisations,
            String result,
            @Schema(example = "§37") String fundingSource,
            @Schema(description = "The registered project (funding) the activity comes from") UUID projectId,
            @Schema(description = "The action plan's activity it was taken from") UUID planActivityId) {}

    @Schema(name = "ReportedIndicatorValue")
    public record ReportedValueDto(
            @Schema(required = true) UUID indicatorId,
            @Schema(required = true) String indicatorName,
            String municipalityCode,
            String municipalityName,
            @Schema(required = true) Gender gender,
            @Schema(required = true) BigDecimal value) {}

    @Schema(
            name = "AssessmentIndicator",
            description = "An indicator of the goal area the assessment may report values for")
    public record AssessmentIndicatorDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String unit,
            @Schema(required = true) IndicatorScope scope,
            @Schema(required = true) boolean genderBreakdown) {}

    @Schema(name = "Assessment")
    public record AssessmentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID roundId,
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true) int year,
            LocalDate deadline,
            @Schema(required = true) RoundStatus roundStatus,
            @Schema(required = true) GoalAreaRef goalArea,
            @Schema(
                            required = true,
                            description = "What the assessment assesses: the goal area's goal, strategies and the"
                                    + " focus decided for the round's year, as the agreement says them")
                    AssessedGoalDto assesses,
            @Schema(description = "Missing when the round is recorded from a document that does not say who wrote it")
                    OrganisationReference organisation,
            @Schema(required = true) AssessmentState state,
            GoalStatus status,
            @Schema(description = "Läget") String situation,
            @Schema(required = true) List<ActivityDto> activities,
            @Schema(required = true, description = "Values for the round's year")
                    List<ReportedValueDto> indicatorValues,
            @Schema(required = true) List<AssessmentIndicatorDto> indicators,
            @Schema(description = "Why the coordinator returned it") String returnComment,
            Instant submittedAt,
            String submittedBy,
            Instant reviewedAt,
            String reviewedBy,
            @Schema(required = true) boolean overdue,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) AssessmentPermissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "AssessedGoal", description = "The goal area of an agreement, as an assessment assesses it")
    public record AssessedGoalDto(
            @Schema(description = "The goal area's goal (mål)") String goal,
            @Schema(required = true, description = "Its strategies (strategier), in order") List<String> strategies,
            @Schema(description = "The yearly priority (fokus) of the round's year, when there is one")
                    FocusDto focus) {}

    @Schema(name = "AssessedFocus", description = "A goal area's yearly priority: its points and how far it has come")
    public record FocusDto(
            @Schema(required = true) int year,
            @Schema(required = true) PriorityStatus status,
            @Schema(required = true) List<String> points) {}

    @Schema(name = "GoalAreaReference")
    public record GoalAreaRef(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for a monitored area") String number,
            @Schema(required = true) String title) {

        public static GoalAreaRef of(GoalArea g) {
            return g == null ? null : new GoalAreaRef(g.id, g.number, g.title);
        }
    }

    @Schema(name = "IndicatorPermissions", description = "What the caller may do with this indicator")
    public record IndicatorPermissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true, description = "Replace the values from a CSV file") boolean importValues) {}

    @Schema(name = "IndicatorValue")
    public record ValueDto(
            @Schema(required = true) int year,
            @Schema(description = "Null for a county-wide value") String municipalityCode,
            String municipalityName,
            @Schema(required = true) Gender gender,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true, description = "Made-up demonstration value") boolean sample) {}
}
