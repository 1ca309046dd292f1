package se.samverkan.common.decision;

import java.util.List;
import java.util.UUID;

/**
 * Applies one kind of decision effect in the feature that owns the subject, with that feature's rules: its policy
 * (403 when the caller may not make the change), its lifecycle (409 naming the rule when the subject cannot change)
 * and its history. Called in the transaction that records the decision, so the decision and its effect are stored
 * together or not at all.
 */
public interface DecisionEffectHandler {

    DecisionEffectKind kind();

    /**
     * Makes the change the decision decides; {@code field} names the request field of the subject for a 422 when the
     * subject does not exist or is not the caller's to see.
     */
    AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field);

    /** The subjects the caller could have a meeting of the forum decide now, for the decision form. */
    List<DecisionCandidate> candidates(DecidingMeeting meeting);
}
