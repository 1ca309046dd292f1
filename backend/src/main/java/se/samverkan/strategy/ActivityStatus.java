package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * An activity of an action plan: PLANNED → ONGOING → DONE, or CANCELLED while not done. A done activity may be
 * reopened (back to ONGOING), a cancelled one taken up again (back to PLANNED).
 */
public enum ActivityStatus {
    PLANNED,
    ONGOING,
    DONE,
    CANCELLED;

    /** Still to be done: what can be overdue. */
    public static final Set<ActivityStatus> OPEN = EnumSet.of(PLANNED, ONGOING);

    public enum Action {
        EDIT,
        DELETE,
        START,
        COMPLETE,
        CANCEL,
        BACK_TO_PLANNED,
        REOPEN;

        /** The action a requested status stands for, from the status the activity is in. */
        public static Action toReach(ActivityStatus target, ActivityStatus current) {
            return switch (target) {
                case PLANNED -> current == CANCELLED ? REOPEN : BACK_TO_PLANNED;
                case ONGOING -> current == DONE ? REOPEN : START;
                case DONE -> COMPLETE;
                case CANCELLED -> CANCEL;
            };
        }
    }

    public static final Lifecycle<ActivityStatus, Action, PlanActivity> LIFECYCLE = Lifecycle.of(
                    ActivityStatus.class, Action.class, (PlanActivity a) -> a.status)
            .action(
                    Action.EDIT,
                    OPEN,
                    (s, a) -> new Refusal("closed-activity-final", text("strategy.closed-activity-final", a.title, s)))
            .action(
                    Action.DELETE,
                    EnumSet.of(PLANNED, CANCELLED),
                    (s, a) -> new Refusal("started-activity-kept", text("strategy.started-activity-kept", a.title, s)))
            .step(Action.START, EnumSet.of(PLANNED), ONGOING, (s, a) -> transition(a, s, ONGOING))
            .step(Action.COMPLETE, EnumSet.of(ONGOING), DONE, (s, a) -> transition(a, s, DONE))
            .step(Action.CANCEL, OPEN, CANCELLED, (s, a) -> transition(a, s, CANCELLED))
            .step(Action.BACK_TO_PLANNED, EnumSet.of(ONGOING), PLANNED, (s, a) -> transition(a, s, PLANNED))
            .step(
                    Action.REOPEN,
                    EnumSet.of(DONE, CANCELLED),
                    s -> s == DONE ? ONGOING : PLANNED,
                    (s, a) -> transition(a, s, ONGOING))
            .build();

    private static Refusal transition(PlanActivity activity, ActivityStatus from, ActivityStatus to) {
        return new Refusal(
                "transition-not-allowed", text("strategy.activity-transition-not-allowed", activity.title, from, to));
    }
}
