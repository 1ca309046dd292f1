package se.samverkan.forum;

/** Beslutade att anta (adopted), avslå (rejected) or lägga till handlingarna (noted). */
public enum DecisionOutcome {
    ADOPTED,
    REJECTED,
    NOTED
}
