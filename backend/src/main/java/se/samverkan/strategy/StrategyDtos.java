package se.samverkan.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.organisation.OrganisationReference;

/** What the strategy process operations answer. */
public final class StrategyDtos {

    private StrategyDtos() {}

    @Schema(name = "StrategyForumRef")
    public record ForumRef(UUID id, String name) {}

    @Schema(name = "StrategyGoalAreaRef")
    public record GoalAreaRef(UUID id, @Optional String number, String title) {}

    @Schema(name = "StrategyAgreementRef")
    public record AgreementRef(UUID id, String title) {}

    @Schema(name = "StrategyNamedRef", description = "An indicator or a project, by id and name")
    public record NamedRef(UUID id, String name) {}

    @Schema(name = "Checkpoint")
    public record CheckpointDto(String text, boolean done, @Optional LocalDate doneOn) {}

    @Schema(name = "PhasePermissions")
    public record PhasePermissions(
            boolean edit,
            boolean delete,
            @Schema(description = "Statuses the caller may move it to now") List<PhaseStatus> statusChanges) {}

    @Schema(name = "Phase")
    public record PhaseDto(
            UUID id,
            UUID agreementId,
            @Schema(description = "1 = first") int position,
            String name,
            @Optional String description,
            @Optional String goal,
            @Optional LocalDate plannedStart,
            @Optional LocalDate plannedEnd,
            @Optional LocalDate actualStart,
            @Optional LocalDate actualEnd,
            PhaseStatus status,
            @Optional
                    @Schema(
                            description =
                                    "The meeting decision that completed the phase; absent when marked done directly")
                    se.samverkan.common.decision.DecisionLinkDto completionDecision,
            @Optional ForumRef ownerForum,
            @Optional OrganisationReference ownerOrganisation,
            List<CheckpointDto> checkpoints,
            @Optional ProvenanceDto provenance,
            long version,
            Instant updatedAt,
            String updatedBy,
            PhasePermissions permissions)
            implements Versioned {}

    @Schema(name = "ProcessMapPermissions")
    public record MapPermissions(boolean addPhase) {}

    @Schema(name = "ProcessMap", description = "An agreement's phases in order, with the current one named")
    public record ProcessMapDto(
            AgreementRef agreement,
            @Optional @Schema(description = "The first ongoing phase, else the first not started after the done ones")
                    UUID currentPhaseId,
            List<PhaseDto> phases,
            MapPermissions permissions) {}

    @Schema(name = "StrategyAreaPermissions")
    public record AreaPermissions(boolean edit, boolean score, boolean delete, List<AreaStatus> statusChanges) {}

    @Schema(name = "StrategyArea", description = "A possible area of action; CHOSEN ones are areas of action")
    public record AreaDto(
            UUID id,
            UUID agreementId,
            @Optional TargetGroup targetGroup,
            String title,
            @Optional String description,
            @Optional GoalAreaRef goalArea,
            @Optional @Schema(description = "1 (low) to 5 (high); absent until scored") Integer effect,
            @Optional Integer feasibility,
            AreaStatus status,
            @Optional LocalDate chosenOn,
            @Schema(description = "An example, as the source marks it") boolean example,
            @Optional ProvenanceDto provenance,
            long version,
            Instant updatedAt,
            String updatedBy,
            AreaPermissions permissions)
            implements Versioned {}

    @Schema(name = "GapFindingPermissions")
    public record FindingPermissions(boolean edit, boolean delete) {}

    @Schema(name = "GapFinding")
    public record GapFindingDto(
            UUID id,
            UUID agreementId,
            TargetGroup targetGroup,
            String finding,
            @Optional String source,
            @Optional LocalDate foundOn,
            boolean example,
            @Optional ProvenanceDto provenance,
            long version,
            Instant updatedAt,
            String updatedBy,
            FindingPermissions permissions)
            implements Versioned {}

    @Schema(name = "StrategyAnalysisPermissions")
    public record AnalysisPermissions(boolean addFinding, boolean addArea) {}

    @Schema(name = "StrategyAnalysis", description = "Gap findings and possible areas of action per target group")
    public record AnalysisDto(
            AgreementRef agreement,
            List<GoalAreaRef> goalAreas,
            List<GapFindingDto> findings,
            List<AreaDto> areas,
            AnalysisPermissions permissions) {}

    @Schema(name = "PlanProgress", description = "Activities by status; percentDone = done of those not cancelled")
    public record ProgressDto(
            int total,
            int planned,
            int ongoing,
            int done,
            int cancelled,
            int overdue,
            @Optional @Schema(description = "0–100, rounded down; absent when nothing is left that is not cancelled")
                    Integer percentDone) {}

    @Schema(name = "PlanActivityPermissions")
    public record ActivityPermissions(boolean edit, boolean delete, List<ActivityStatus> statusChanges) {}

    @Schema(name = "PlanActivity")
    public record ActivityDto(
            UUID id,
            AgreementRef agreement,
            @Optional GoalAreaRef goalArea,
            @Optional @Schema(description = "The area of action, for an activity not set on a goal area") NamedRef area,
            String title,
            @Optional String description,
            OrganisationReference owner,
            List<OrganisationReference> partners,
            @Optional LocalDate startsOn,
            @Optional LocalDate dueOn,
            ActivityStatus status,
            @Schema(description = "Still open after its due date") boolean overdue,
            @Optional NamedRef indicator,
            @Optional NamedRef project,
            @Optional ProvenanceDto provenance,
            long version,
            Instant updatedAt,
            String updatedBy,
            ActivityPermissions permissions)
            implements Versioned {}

    @Schema(name = "PlanGoalAreaProgress")
    public record GoalAreaProgress(GoalAreaRef goalArea, ProgressDto progress) {}

    @Schema(name = "PlanAreaProgress")
    public record AreaProgress(NamedRef area, @Optional TargetGroup targetGroup, ProgressDto progress) {}

    @Schema(name = "PlanSubStrategyProgress")
    public record SubStrategyProgress(AgreementRef agreement, ProgressDto progress) {}

    @Schema(name = "ActionPlanPermissions")
    public record PlanPermissions(boolean addActivity) {}

    @Schema(
            name = "ActionPlan",
            description = "The activities of an agreement and its sub-strategies, with progress per goal area, area of "
                    + "action, sub-strategy and for the whole strategy")
    public record ActionPlanDto(
            AgreementRef agreement,
            @Schema(description = "The day overdue is counted from (Swedish time)") LocalDate today,
            ProgressDto progress,
            List<GoalAreaProgress> goalAreas,
            @Schema(description = "The chosen areas of action") List<AreaProgress> areas,
            List<SubStrategyProgress> subStrategies,
            List<ActivityDto> activities,
            PlanPermissions permissions) {}
}
