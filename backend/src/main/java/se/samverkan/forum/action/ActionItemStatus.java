package se.samverkan.forum.action;

import java.util.Set;

/** OPEN ⇄ IN_PROGRESS → DONE or CANCELLED; a closed item is final. */
public enum ActionItemStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public static final Set<ActionItemStatus> ACTIVE = Set.of(OPEN, IN_PROGRESS);

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
