package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.organisation.CallerOrganisation;

/**
 * Who sees and changes an agreement's strategy process. Who may read the agreement reads its process map, analyses
 * and action plan; who manages the agreement (AgreementPolicy: the county's coordinator, grants, admins) changes
 * them. Members of an activity's owner organisation move their activity's status, also where they cannot read the
 * rest of the plan. What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class StrategyPolicy {

    @Inject
    AgreementPolicy agreements;

    @Inject
    CallerOrganisation callerOrganisation;

    public boolean canRead(Agreement agreement) {
        return agreements.canRead(agreement);
    }

    public boolean canManage(Agreement agreement) {
        return agreements.canRead(agreement) && agreements.canManage(agreement);
    }

    public void assertCanRead(Agreement agreement) {
        agreements.assertCanRead(agreement);
    }

    public void assertCanManage(Agreement agreement) {
        agreements.assertCanRead(agreement);
        if (!agreements.canManage(agreement)) {
            throw ProblemException.forbidden(text("strategy.managers-change-process", agreement.title));
        }
    }

    /** A member of the organisation that owns the activity. */
    public boolean ownsActivity(PlanActivity activity) {
        Optional<UUID> organisation = callerOrganisation.id();
        return organisation.isPresent() && organisation.get().equals(activity.owner.id);
    }

    public boolean canRead(PlanActivity activity) {
        return canRead(activity.agreement) || ownsActivity(activity);
    }

    /** The status of an activity: its agreement's managers and the members of its owner organisation. */
    public void assertCanMove(PlanActivity activity) {
        if (!canRead(activity)) {
            throw ProblemException.notFound(text("strategy.activity-not-found", activity.id));
        }
        if (!canManage(activity.agreement) && !ownsActivity(activity)) {
            throw ProblemException.forbidden(text("strategy.owner-moves-activity", activity.owner.name));
        }
    }

    /** The states other than {@code current} that {@code reachable} admits, in their order; none unless {@code may}. */
    private static <S extends Enum<S>> List<S> moves(boolean may, S current, Predicate<S> reachable) {
        if (!may) {
            return List.of();
        }
        return Arrays.stream(current.getDeclaringClass().getEnumConstants())
                .filter(target -> target != current && reachable.test(target))
                .toList();
    }

    public StrategyDtos.PhasePermissions permissions(StrategyPhase phase, boolean manage) {
        var lifecycle = PhaseStatus.LIFECYCLE;
        List<PhaseStatus> moves = moves(
                manage,
                phase.status,
                target -> lifecycle.allowsIn(phase.status, PhaseStatus.Action.toReach(target, phase.status))
                        && (phase.completionDecisionId == null || target == PhaseStatus.DONE));
        return new StrategyDtos.PhasePermissions(
                manage && lifecycle.allowsIn(phase.status, PhaseStatus.Action.EDIT),
                manage && lifecycle.allowsIn(phase.status, PhaseStatus.Action.DELETE),
                moves);
    }

    public StrategyDtos.AreaPermissions permissions(StrategyArea area, boolean manage) {
        var lifecycle = AreaStatus.LIFECYCLE;
        List<AreaStatus> moves = moves(
                manage, area.status, target -> lifecycle.allowsIn(area.status, AreaStatus.Action.toReach(target)));
        return new StrategyDtos.AreaPermissions(
                manage && lifecycle.allowsIn(area.status, AreaStatus.Action.EDIT),
                manage && lifecycle.allowsIn(area.status, AreaStatus.Action.SCORE),
                manage && lifecycle.allowsIn(area.status, AreaStatus.Action.DELETE),
                moves);
    }

    public StrategyDtos.ActivityPermissions permissions(PlanActivity activity, boolean manage) {
        var lifecycle = ActivityStatus.LIFECYCLE;
        List<ActivityStatus> moves = moves(
                manage || ownsActivity(activity),
                activity.status,
                target -> lifecycle.allowsIn(activity.status, ActivityStatus.Action.toReach(target, activity.status))
                        && lifecycle
                                .target(ActivityStatus.Action.toReach(target, activity.status))
                                .map(t -> t == target)
                                .orElse(reopensTo(activity.status) == target));
        return new StrategyDtos.ActivityPermissions(
                manage && lifecycle.allowsIn(activity.status, ActivityStatus.Action.EDIT),
                manage && lifecycle.allowsIn(activity.status, ActivityStatus.Action.DELETE),
                moves);
    }

    /** Reopening leads back one step: a done activity is ongoing again, a cancelled one planned. */
    static ActivityStatus reopensTo(ActivityStatus status) {
        return status == ActivityStatus.DONE ? ActivityStatus.ONGOING : ActivityStatus.PLANNED;
    }
}
