package se.samverkan.followup;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * OPEN (parties write) → COMPILED (the coordinator has written the summary) → APPROVED (decided by a forum; public).
 * RECORDED is a round transcribed from a published document: public because its source is, and never changed, since
 * nobody wrote, compiled or approved it in the product.
 */
public enum RoundStatus {
    OPEN,
    COMPILED,
    APPROVED,
    RECORDED;

    /** Anyone may read the round and its report. */
    public boolean isPublic() {
        return this == APPROVED || this == RECORDED;
    }

    public enum Action {
        /** Change the deadline. */
        EDIT,
        DELETE,
        /** Parties write, coordinators review: everything that changes an assessment. */
        CHANGE_ASSESSMENTS,
        COMPILE,
        APPROVE
    }

    private static final Set<RoundStatus> ONLY_OPEN = EnumSet.of(OPEN);

    public static final Lifecycle<RoundStatus, Action, FollowUpRound> LIFECYCLE = Lifecycle.of(
                    RoundStatus.class, Action.class, (FollowUpRound r) -> r.status)
            .action(Action.EDIT, ONLY_OPEN, RoundStatus::notOpen)
            .action(Action.DELETE, ONLY_OPEN, RoundStatus::notOpen)
            .action(
                    Action.CHANGE_ASSESSMENTS,
                    ONLY_OPEN,
                    (s, r) -> s == RECORDED
                            ? recordedIsFinal()
                            : new Refusal(
                                    "round-closed",
                                    "The follow-up round is " + s + "; its assessments are no longer changed"))
            .step(Action.COMPILE, ONLY_OPEN, COMPILED, RoundStatus::notOpen)
            .step(
                    Action.APPROVE,
                    EnumSet.of(COMPILED),
                    APPROVED,
                    (s, r) -> s == APPROVED
                            ? approvedIsFinal(r)
                            : s == RECORDED
                                    ? recordedIsFinal()
                                    : new Refusal(
                                            "approve-needs-compiled",
                                            "Only a compiled report is approved; this round is " + s))
            .build();

    private static Refusal notOpen(RoundStatus status, FollowUpRound round) {
        if (status == RECORDED) {
            return recordedIsFinal();
        }
        return status == APPROVED
                ? approvedIsFinal(round)
                : new Refusal("round-closed", "The round is " + status + "; it is no longer open");
    }

    private static Refusal recordedIsFinal() {
        return new Refusal(
                "recorded-from-source",
                "The round was registered from a published document; it is read as the document says and not changed");
    }

    private static Refusal approvedIsFinal(FollowUpRound round) {
        return new Refusal(
                "approved-is-final",
                "The report of " + round.year + " was approved by "
                        + (round.approvedBy == null ? "its forum" : round.approvedBy)
                        + "; an approved round is not changed");
    }
}
