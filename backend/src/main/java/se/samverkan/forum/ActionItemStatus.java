package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** OPEN ⇄ IN_PROGRESS → DONE or CANCELLED; a closed item is final. */
public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public static final Set<ActionItemStatus> ACTIVE = Set.of(OPEN, IN_PROGRESS);

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    public enum Action {
        /** Title, description, owner, due date and assignee. */
        EDIT,
        /** Raise it to a forum at a higher level. */
        ESCALATE,
        /** Pass it to the forum its forum prepares for or reports to. */
        PASS_ALONG,
        REOPEN,
        START,
        COMPLETE,
        CANCEL;

        /** The action a requested status stands for. */
        public static Action toReach(ActionItemStatus target) {
            return switch (target) {
                case OPEN -> REOPEN;
                case IN_PROGRESS -> START;
                case DONE -> COMPLETE;
                case CANCELLED -> CANCEL;
            };
        }

        public static final Set<Action> STATUS_CHANGES = EnumSet.of(REOPEN, START, COMPLETE, CANCEL);
    }

    private static final Set<ActionItemStatus> ACTIVE_STATES = EnumSet.of(OPEN, IN_PROGRESS);

    public static final Lifecycle<ActionItemStatus, Action, ActionItem> LIFECYCLE = Lifecycle.of(
                    ActionItemStatus.class, Action.class, (ActionItem a) -> a.status)
            .action(Action.EDIT, ACTIVE_STATES, ActionItemStatus::refused)
            .action(Action.ESCALATE, ACTIVE_STATES, ActionItemStatus::refused)
            .action(Action.PASS_ALONG, ACTIVE_STATES, ActionItemStatus::refused)
            .step(Action.REOPEN, EnumSet.of(IN_PROGRESS), OPEN, ActionItemStatus::refused)
            .step(Action.START, EnumSet.of(OPEN), IN_PROGRESS, ActionItemStatus::refused)
            .step(Action.COMPLETE, ACTIVE_STATES, DONE, ActionItemStatus::refused)
            .step(Action.CANCEL, ACTIVE_STATES, CANCELLED, ActionItemStatus::refused)
            .build();

    /** A closed item no longer changes; an active one is not moved to the status it already has. */
    private static Refusal refused(ActionItemStatus status, ActionItem item) {
        return status.isClosed()
                ? new Refusal("action-item-closed", text("forum.action-item-closed", status))
                : new Refusal("status-unchanged", text("forum.status-unchanged", status));
    }

    /** The status a status-change action leads to. */
    public static Optional<ActionItemStatus> reachedBy(Action action) {
        return LIFECYCLE.target(action);
    }
}
