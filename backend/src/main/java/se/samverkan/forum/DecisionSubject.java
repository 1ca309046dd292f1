package se.samverkan.forum;

/** What a decision decides: a yearly priority of a goal area, a strategy, an agreement, a follow-up, or something else. */
public enum DecisionSubject {
    OTHER,
    YEARLY_PRIORITY,
    STRATEGY,
    AGREEMENT,
    FOLLOW_UP
}
