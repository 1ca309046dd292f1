package se.samverkan.followup;

import java.util.Set;

/**
 * Where one party's assessment of one goal area is: NOT_STARTED → DRAFT (saved) → SUBMITTED → RETURNED (with a
 * comment; saving keeps it RETURNED) → SUBMITTED → ACCEPTED (final).
 */
public enum AssessmentState {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Handed in: what counts as "in time" on the board. */
    public static final Set<AssessmentState> HANDED_IN = Set.of(SUBMITTED, ACCEPTED);

    /** The party may still write. */
    public boolean isWritable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
