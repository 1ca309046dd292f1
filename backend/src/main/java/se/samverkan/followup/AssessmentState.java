package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * Where one party's assessment of one goal area is: NOT_STARTED → DRAFT (saved) → SUBMITTED → RETURNED (with a
 * comment; saving keeps it RETURNED) → SUBMITTED → ACCEPTED (final). RECORDED: transcribed from a published document
 * (its round is RECORDED); nobody wrote, submitted or reviewed it in the product, and it is never changed.
 */
public enum AssessmentState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    RECORDED;

    /** Handed in: what counts as "in time" on the board. */
    public static final Set<AssessmentState> HANDED_IN = Set.of(SUBMITTED, ACCEPTED, RECORDED);

    /** The party may still write. */
    private static final Set<AssessmentState> WRITABLE = EnumSet.of(NOT_STARTED, DRAFT, RETURNED);

    /** Counts in the round's report: accepted by the coordinator, or recorded from a published document. */
    public boolean inReport() {
        return this == ACCEPTED || this == RECORDED;
    }

    public boolean isWritable() {
        return WRITABLE.contains(this);
    }

    public enum Action {
        /** The party saves its draft. */
        SAVE,
        SUBMIT,
        /** The coordinator returns it with a comment. */
        RETURN,
        ACCEPT
    }

    public static final Lifecycle<AssessmentState, Action, Assessment> LIFECYCLE = Lifecycle.of(
                    AssessmentState.class, Action.class, (Assessment a) -> a.state)
            .step(Action.SAVE, WRITABLE, s -> s == NOT_STARTED ? DRAFT : s, AssessmentState::notWritable)
            .step(Action.SUBMIT, WRITABLE, SUBMITTED, AssessmentState::notWritable)
            .step(Action.RETURN, EnumSet.of(SUBMITTED), RETURNED, AssessmentState::notSubmitted)
            .step(Action.ACCEPT, EnumSet.of(SUBMITTED), ACCEPTED, AssessmentState::notSubmitted)
            .build();

    private static Refusal notWritable(AssessmentState state, Assessment assessment) {
        if (state == RECORDED) {
            return recordedIsFinal();
        }
        return state == ACCEPTED
                ? acceptedIsFinal()
                : new Refusal("submitted-awaits-review", text("followup.submitted-awaits-review"));
    }

    private static Refusal notSubmitted(AssessmentState state, Assessment assessment) {
        if (state == RECORDED) {
            return recordedIsFinal();
        }
        return state == ACCEPTED
                ? acceptedIsFinal()
                : new Refusal("only-submitted-can-be-reviewed", text("followup.only-submitted-can-be-reviewed", state));
    }

    private static Refusal recordedIsFinal() {
        return new Refusal("recorded-from-source", text("followup.recorded-from-source"));
    }

    private static Refusal acceptedIsFinal() {
        return new Refusal("accepted-is-final", text("followup.accepted-is-final"));
    }
}
