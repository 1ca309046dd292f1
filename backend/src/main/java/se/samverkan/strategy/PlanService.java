package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;
import se.samverkan.strategy.StrategyDtos.ActionPlanDto;
import se.samverkan.strategy.StrategyDtos.ActivityDto;
import se.samverkan.strategy.StrategyDtos.AreaProgress;
import se.samverkan.strategy.StrategyDtos.GoalAreaProgress;
import se.samverkan.strategy.StrategyDtos.NamedRef;
import se.samverkan.strategy.StrategyDtos.PlanPermissions;
import se.samverkan.strategy.StrategyDtos.SubStrategyProgress;
import se.samverkan.strategy.StrategyInputs.ActivityInput;

/**
 * Action plans: activities per goal area or area of action, their owners' status updates, and the progress that
 * rolls up per goal area, area of action, sub-strategy and for the whole strategy.
 */
@ApplicationScoped
public class PlanService extends StrategyParts {

    static final Audit<PlanActivity> ACTIVITY = new Audit<>(
            a -> new ChangeRecorder.Subject(AgreementService.SUBJECT, a.agreement.id, "PLAN_ACTIVITY", a.id),
            StrategyMapper::snapshot);

    final PartKind<PlanActivity> activityParts = PartKind.of(
            ACTIVITY,
            this::activity,
            ActivityStatus.LIFECYCLE,
            ActivityStatus.Action.EDIT,
            ActivityStatus.Action.DELETE);

    /** The plan of a strategy with its sub-strategies (those the caller may read). */
    @Transactional
    @ReadOnly
    public ActionPlanDto plan(UUID agreementId) {
        Agreement agreement = readable(agreementId);
        boolean manage = policy.canManage(agreement);
        LocalDate today = Clocks.today(clock);
        List<Agreement> subStrategies = repository.children(agreementId).stream()
                .filter(policy::canRead)
                .toList();
        List<UUID> agreementIds = new ArrayList<>();
        agreementIds.add(agreementId);
        subStrategies.forEach(s -> agreementIds.add(s.id));
        List<PlanActivity> activities = repository.activities(agreementIds);
        Set<UUID> indicatorIds = new HashSet<>();
        Set<UUID> projectIds = new HashSet<>();
        activities.forEach(a -> {
            if (a.indicatorId != null) {
                indicatorIds.add(a.indicatorId);
            }
            if (a.projectId != null) {
                projectIds.add(a.projectId);
            }
        });
        Map<UUID, String> indicators = repository.indicatorNames(indicatorIds);
        Map<UUID, String> projects = repository.projectNames(projectIds);

        Map<UUID, List<PlanProgress.Item>> byGoalArea = new LinkedHashMap<>();
        Map<UUID, List<PlanProgress.Item>> byArea = new LinkedHashMap<>();
        Map<UUID, List<PlanProgress.Item>> byAgreement = new LinkedHashMap<>();
        List<PlanProgress.Item> all = new ArrayList<>();
        for (PlanActivity a : activities) {
            PlanProgress.Item item = new PlanProgress.Item(a.status, a.dueOn);
            all.add(item);
            byAgreement.computeIfAbsent(a.agreement.id, k -> new ArrayList<>()).add(item);
            GoalArea goalArea = a.goalArea != null ? a.goalArea : a.area.goalArea;
            if (goalArea != null) {
                byGoalArea.computeIfAbsent(goalArea.id, k -> new ArrayList<>()).add(item);
            }
            if (a.area != null) {
                byArea.computeIfAbsent(a.area.id, k -> new ArrayList<>()).add(item);
            }
        }
        List<GoalAreaProgress> goalAreas = repository.goalAreas(agreementIds).stream()
                .map(g -> new GoalAreaProgress(
                        StrategyMapper.goalArea(g), PlanProgress.of(byGoalArea.getOrDefault(g.id, List.of()), today)))
                .toList();
        List<AreaProgress> areas = repository.areas(agreementIds).stream()
                .filter(a -> a.status == AreaStatus.CHOSEN)
                .map(a -> new AreaProgress(
                        new NamedRef(a.id, a.title),
                        a.targetGroup,
                        PlanProgress.of(byArea.getOrDefault(a.id, List.of()), today)))
                .toList();
        List<SubStrategyProgress> subs = subStrategies.stream()
                .map(s -> new SubStrategyProgress(
                        StrategyMapper.agreement(s), PlanProgress.of(byAgreement.getOrDefault(s.id, List.of()), today)))
                .toList();
        Map<UUID, Boolean> manages = new LinkedHashMap<>();
        manages.put(agreementId, manage);
        subStrategies.forEach(s -> manages.put(s.id, policy.canManage(s)));
        List<ActivityDto> dtos = activities.stream()
                .map(a -> StrategyMapper.activity(
                        a,
                        a.overdue(clock),
                        indicators,
                        projects,
                        policy.permissions(a, manages.getOrDefault(a.agreement.id, false))))
                .toList();
        return new ActionPlanDto(
                StrategyMapper.agreement(agreement),
                today,
                PlanProgress.of(all, today),
                goalAreas,
                areas,
                subs,
                dtos,
                new PlanPermissions(manage));
    }

    @Transactional
    public ActivityDto addActivity(UUID agreementId, ActivityInput input) {
        Agreement agreement = manageable(agreementId);
        PlanActivity activity = new PlanActivity();
        activity.id = UUID.randomUUID();
        activity.agreement = agreement;
        apply(activity, input);
        changes.create(ACTIVITY, activity, "Added activity " + activity.title);
        return dto(activity, true);
    }

    @Transactional
    public ActivityDto updateActivity(UUID agreementId, UUID activityId, String ifMatch, ActivityInput input) {
        PlanActivity activity = editPart(
                activityParts,
                agreementId,
                activityId,
                ifMatch,
                a -> apply(a, input),
                a -> "Updated activity " + a.title);
        return dto(activity, true);
    }

    /** The agreement's managers, and the members of the owner organisation (who may not manage the plan). */
    @Transactional
    public ActivityDto changeStatus(UUID agreementId, UUID activityId, String ifMatch, ActivityStatus target) {
        Agreement agreement = repository
                .agreement(agreementId)
                .orElseThrow(() -> ProblemException.notFound(text("agreement.not-found", agreementId)));
        PlanActivity activity = activity(agreement.id, activityId);
        policy.assertCanMove(activity);
        changes.changeStatus(
                ACTIVITY,
                activity,
                ifMatch,
                a -> a.status = ActivityStatus.LIFECYCLE.next(a, ActivityStatus.Action.toReach(target, a.status)),
                a -> "Activity " + a.title + " is " + a.status);
        return dto(activity, policy.canManage(agreement));
    }

    @Transactional
    public void removeActivity(UUID agreementId, UUID activityId, String ifMatch) {
        removePart(activityParts, agreementId, activityId, ifMatch, a -> "Removed activity " + a.title);
    }

    private ActivityDto dto(PlanActivity activity, boolean manage) {
        Map<UUID, String> indicators =
                activity.indicatorId == null ? Map.of() : repository.indicatorNames(Set.of(activity.indicatorId));
        Map<UUID, String> projects =
                activity.projectId == null ? Map.of() : repository.projectNames(Set.of(activity.projectId));
        return StrategyMapper.activity(
                activity, activity.overdue(clock), indicators, projects, policy.permissions(activity, manage));
    }

    private void apply(PlanActivity activity, ActivityInput input) {
        FieldViolations violations = new FieldViolations();
        Agreement agreement = activity.agreement;
        GoalArea goalArea = null;
        StrategyArea area = null;
        if ((input.goalAreaId() == null) == (input.areaId() == null)) {
            violations.add(input.goalAreaId() == null ? "goalAreaId" : "areaId", text("strategy.goal-area-or-area"));
        } else if (input.goalAreaId() != null) {
            goalArea = repository.goalArea(input.goalAreaId()).orElse(null);
            if (goalArea == null || !goalArea.agreement.id.equals(agreement.id)) {
                violations.add("goalAreaId", text("strategy.goal-area-of-agreement", input.goalAreaId()));
            }
        } else {
            area = repository.area(input.areaId()).orElse(null);
            if (area == null || !area.agreement.id.equals(agreement.id)) {
                violations.add("areaId", text("strategy.no-area-id", input.areaId()));
            } else if (area.status != AreaStatus.CHOSEN) {
                violations.add("areaId", text("strategy.area-not-chosen-yet", area.title));
            }
        }
        Organisation owner =
                repository.organisation(input.ownerOrganisationId()).orElse(null);
        if (owner == null) {
            violations.add("ownerOrganisationId", text("common.no-organisation-id", input.ownerOrganisationId()));
        }
        List<UUID> partnerIds = input.partnerIds() == null ? List.of() : input.partnerIds();
        Set<UUID> distinct = new LinkedHashSet<>(partnerIds);
        List<Organisation> found = repository.organisations(distinct);
        for (int i = 0; i < partnerIds.size(); i++) {
            UUID id = partnerIds.get(i);
            if (found.stream().noneMatch(o -> o.id.equals(id))) {
                violations.add("partnerIds[" + i + "]", text("common.no-organisation-id", id));
            } else if (id.equals(input.ownerOrganisationId())) {
                violations.add("partnerIds[" + i + "]", text("strategy.owner-not-partner"));
            } else if (partnerIds.indexOf(id) != i) {
                violations.add("partnerIds[" + i + "]", text("strategy.partner-twice"));
            }
        }
        if (input.startsOn() != null && input.dueOn() != null && input.dueOn().isBefore(input.startsOn())) {
            violations.add("dueOn", text("strategy.end-before-start"));
        }
        if (input.indicatorId() != null
                && !repository
                        .indicatorAgreement(input.indicatorId())
                        .map(agreement.id::equals)
                        .orElse(false)) {
            violations.add("indicatorId", text("strategy.indicator-of-agreement", input.indicatorId()));
        }
        if (input.projectId() != null && !repository.projectExists(input.projectId())) {
            violations.add("projectId", text("strategy.no-project-id", input.projectId()));
        }
        violations.throwIfAny();
        activity.title = input.title().trim();
        activity.description = blankToNull(input.description());
        activity.goalArea = goalArea;
        activity.area = area;
        activity.owner = owner;
        activity.partners.clear();
        for (UUID id : partnerIds) {
            found.stream().filter(o -> o.id.equals(id)).findFirst().ifPresent(activity.partners::add);
        }
        activity.startsOn = input.startsOn();
        activity.dueOn = input.dueOn();
        activity.indicatorId = input.indicatorId();
        activity.projectId = input.projectId();
    }

    private PlanActivity activity(UUID agreementId, UUID activityId) {
        return partOf(
                agreementId,
                repository.activity(activityId),
                a -> a.agreement,
                text("strategy.activity-not-found", activityId));
    }
}
