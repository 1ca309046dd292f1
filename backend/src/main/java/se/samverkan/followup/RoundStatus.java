package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.csv.Code;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * OPEN (parties write) → COMPILED (the coordinator has written the summary) → APPROVED (decided by a forum; public).
 * RECORDED is a round transcribed from a published document: public because its source is, and never changed, since
 * nobody wrote, compiled or approved it in the product.
 */
public enum RoundStatus implements Code {
    OPEN("Öppen"),
    COMPILED("Sammanställd"),
    APPROVED("Fastställd"),
    RECORDED("Återgiven ur publicerat dokument");

    private final String swedish;

    RoundStatus(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }

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
                            : new Refusal("round-closed", text("followup.round-closed", s)))
            .step(Action.COMPILE, ONLY_OPEN, COMPILED, RoundStatus::notOpen)
            .step(
                    Action.APPROVE,
                    EnumSet.of(COMPILED),
                    APPROVED,
                    (s, r) -> s == APPROVED
                            ? approvedIsFinal(r)
                            : s == RECORDED
                                    ? recordedIsFinal()
                                    : new Refusal("approve-needs-compiled", text("followup.approve-needs-compiled", s)))
            .build();

    private static Refusal notOpen(RoundStatus status, FollowUpRound round) {
        if (status == RECORDED) {
            return recordedIsFinal();
        }
        return status == APPROVED
                ? approvedIsFinal(round)
                : new Refusal("round-closed", text("followup.round-closed-2", status));
    }

    private static Refusal recordedIsFinal() {
        return new Refusal("recorded-from-source", text("followup.recorded-from-source-2"));
    }

    private static Refusal approvedIsFinal(FollowUpRound round) {
        return new Refusal(
                "approved-is-final",
                round.approvedBy == null
                        ? text("followup.approved-is-final", round.year)
                        : text("followup.approved-by-is-final", round.year, round.approvedBy));
    }
}
