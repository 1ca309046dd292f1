package se.samverkan.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** What the strategy process operations answer. */
public final class StrategyDtos {

    private StrategyDtos() {}

    @Schema(name = "StrategyForumRef")
    public record ForumRef(@Schema(required = true) UUID id, @Schema(required = true) String name) {}

    @Schema(name = "StrategyGoalAreaRef")
    public record GoalAreaRef(@Schema(required = true) UUID id, String number, @Schema(required = true) String title) {}

    @Schema(name = "StrategyAgreementRef")
    public record AgreementRef(@Schema(required = true) UUID id, @Schema(required = true) String title) {}

    @Schema(name = "StrategyNamedRef", description = "An indicator or a project, by id and name")
    public record NamedRef(@Schema(required = true) UUID id, @Schema(required = true) String name) {}

    @Schema(name = "Checkpoint")
    public record CheckpointDto(
            @Schema(required = true) String text, @Schema(required = true) boolean done, LocalDate doneOn) {}

    @Schema(name = "PhasePermissions")
    public record PhasePermissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true, description = "Statuses the caller may move it to now")
                    List<PhaseStatus> statusChanges) {}

    @Schema(name = "Phase")
    public record PhaseDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true, description = "1 = first") int position,
            @Schema(required = true) String name,
            String description,
            String goal,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            @Schema(required = true) PhaseStatus status,
            @Schema(description = "The meeting decision that completed the phase; absent when marked done directly")
                    se.samverkan.common.decision.DecisionLinkDto completionDecision,
            ForumRef ownerForum,
            OrganisationReference ownerOrganisation,
            @Schema(required = true) List<CheckpointDto> checkpoints,
            ProvenanceDto provenance,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) PhasePermissions permissions)
            implements Versioned {}

    @Schema(name = "ProcessMapPermissions")
    public record MapPermissions(@Schema(required = true) boolean addPhase) {}

    @Schema(name = "ProcessMap", description = "An agreement's phases in order, with the current one named")
    public record ProcessMapDto(
            @Schema(required = true) AgreementRef agreement,
            @Schema(description = "The first ongoing phase, else the first not started after the done ones")
                    UUID currentPhaseId,
            @Schema(required = true) List<PhaseDto> phases,
            @Schema(required = true) MapPermissions permissions) {}

    @Schema(name = "StrategyAreaPermissions")
    public record AreaPermissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean score,
            @Schema(required = true) boolean delete,
            @Schema(required = true) List<AreaStatus> statusChanges) {}

    @Schema(name = "StrategyArea", description = "A possible area of action; CHOSEN ones are areas of action")
    public record AreaDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            TargetGroup targetGroup,
            @Schema(required = true) String title,
            String description,
            GoalAreaRef goalArea,
            @Schema(description = "1 (low) to 5 (high); absent until scored") Integer effect,
            Integer feasibility,
            @Schema(required = true) AreaStatus status,
            LocalDate chosenOn,
            @Schema(required = true, description = "An example, as the source marks it") boolean example,
            ProvenanceDto provenance,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) AreaPermissions permissions)
            implements Versioned {}

    @Schema(name = "GapFindingPermissions")
    public record FindingPermissions(@Schema(required = true) boolean edit, @Schema(required = true) boolean delete) {}

    @Schema(name = "GapFinding")
    public record GapFindingDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agreementId,
            @Schema(required = true) TargetGroup targetGroup,
            @Schema(required = true) String finding,
            String source,
            LocalDate foundOn,
            @Schema(required = true) boolean example,
            ProvenanceDto provenance,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) FindingPermissions permissions)
            implements Versioned {}

    @Schema(name = "StrategyAnalysisPermissions")
    public record AnalysisPermissions(
            @Schema(required = true) boolean addFinding, @Schema(required = true) boolean addArea) {}

    @Schema(name = "StrategyAnalysis", description = "Gap findings and possible areas of action per target group")
    public record AnalysisDto(
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true) List<GoalAreaRef> goalAreas,
            @Schema(required = true) List<GapFindingDto> findings,
            @Schema(required = true) List<AreaDto> areas,
            @Schema(required = true) AnalysisPermissions permissions) {}

    @Schema(name = "PlanProgress", description = "Activities by status; percentDone = done of those not cancelled")
    public record ProgressDto(
            @Schema(required = true) int total,
            @Schema(required = true) int planned,
            @Schema(required = true) int ongoing,
            @Schema(required = true) int done,
            @Schema(required = true) int cancelled,
            @Schema(required = true) int overdue,
            @Schema(description = "0–100, rounded down; absent when nothing is left that is not cancelled")
                    Integer percentDone) {}

    @Schema(name = "PlanActivityPermissions")
    public record ActivityPermissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true) List<ActivityStatus> statusChanges) {}

    @Schema(name = "PlanActivity")
    public record ActivityDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) AgreementRef agreement,
            GoalAreaRef goalArea,
            @Schema(description = "The area of action, for an activity not set on a goal area") NamedRef area,
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) OrganisationReference owner,
            @Schema(required = true) List<OrganisationReference> partners,
            LocalDate startsOn,
            LocalDate dueOn,
            @Schema(required = true) ActivityStatus status,
            @Schema(required = true, description = "Still open after its due date") boolean overdue,
            NamedRef indicator,
            NamedRef project,
            ProvenanceDto provenance,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) ActivityPermissions permissions)
            implements Versioned {}

    @Schema(name = "PlanGoalAreaProgress")
    public record GoalAreaProgress(
            @Schema(required = true) GoalAreaRef goalArea, @Schema(required = true) ProgressDto progress) {}

    @Schema(name = "PlanAreaProgress")
    public record AreaProgress(
            @Schema(required = true) NamedRef area,
            TargetGroup targetGroup,
            @Schema(required = true) ProgressDto progress) {}

    @Schema(name = "PlanSubStrategyProgress")
    public record SubStrategyProgress(
            @Schema(required = true) AgreementRef agreement, @Schema(required = true) ProgressDto progress) {}

    @Schema(name = "ActionPlanPermissions")
    public record PlanPermissions(@Schema(required = true) boolean addActivity) {}

    @Schema(
            name = "ActionPlan",
            description = "The activities of an agreement and its sub-strategies, with progress per goal area, area of "
                    + "action, sub-strategy and for the whole strategy")
    public record ActionPlanDto(
            @Schema(required = true) AgreementRef agreement,
            @Schema(required = true, description = "The day overdue is counted from (Swedish time)") LocalDate today,
            @Schema(required = true) ProgressDto progress,
            @Schema(required = true) List<GoalAreaProgress> goalAreas,
            @Schema(required = true, description = "The chosen areas of action") List<AreaProgress> areas,
            @Schema(required = true) List<SubStrategyProgress> subStrategies,
            @Schema(required = true) List<ActivityDto> activities,
            @Schema(required = true) PlanPermissions permissions) {}
}
