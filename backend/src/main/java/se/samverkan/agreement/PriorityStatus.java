package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * A yearly priority: PROPOSED by the preparing forum (Beredningsgruppen ger Integrationsrådet förslag till
 * prioriteringar) → DECIDED by a meeting decision of the forum it prepares for (Integrationsrådet fastställer årligen
 * prioriteringar). RECORDED is a priority transcribed from a published document: its free-text "decided by" is what
 * the document says; it was never decided in the product.
 */
public enum PriorityStatus {
    PROPOSED,
    DECIDED,
    RECORDED;

    public enum Action {
        /** Change the points, the proposer or the transcribed decision. */
        EDIT,
        DELETE,
        /** What a meeting decision does. */
        DECIDE
    }

    public static final Lifecycle<PriorityStatus, Action, YearlyPriority> LIFECYCLE = Lifecycle.of(
                    PriorityStatus.class, Action.class, (YearlyPriority p) -> p.status)
            .action(Action.EDIT, EnumSet.of(PROPOSED, RECORDED), PriorityStatus::decidedIsFinal)
            .action(Action.DELETE, EnumSet.of(PROPOSED, RECORDED), PriorityStatus::decidedIsFinal)
            .step(
                    Action.DECIDE,
                    EnumSet.of(PROPOSED),
                    DECIDED,
                    (s, p) -> s == DECIDED
                            ? new Refusal("priority-already-decided", text("priority.already-decided", p.year))
                            : new Refusal("priority-recorded-from-document", text("priority.recorded-from-document")))
            .build();

    private static Refusal decidedIsFinal(PriorityStatus status, YearlyPriority priority) {
        return new Refusal("priority-decided-is-final", text("priority.decided-is-final", priority.year));
    }
}
