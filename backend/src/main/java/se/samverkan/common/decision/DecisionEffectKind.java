package se.samverkan.common.decision;

/**
 * What a meeting decision can take effect on. Each kind has one {@link DecisionEffectHandler} in the feature that owns
 * the subject; a new kind is a constant here, a handler there and a line in the check constraint of
 * {@code decision_effect.kind}.
 */
public enum DecisionEffectKind {
    /** A proposed yearly priority becomes decided. */
    PRIORITY,
    /** A draft or consulted agreement becomes adopted. */
    AGREEMENT_ADOPTION,
    /** A compiled follow-up round becomes approved. */
    FOLLOW_UP_APPROVAL,
    /** An ongoing phase of a process map becomes done. */
    PHASE_COMPLETION,
    /** A draft or consulted sub-strategy becomes adopted, once its overall strategy is. */
    SUB_STRATEGY_ADOPTION
}
