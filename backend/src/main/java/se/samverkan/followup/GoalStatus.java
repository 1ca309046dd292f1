package se.samverkan.followup;

/** The assessed status of a goal area, from the most to the least favourable; NOT_ASSESSED says nothing. */
public enum GoalStatus {
    ON_TRACK,
    PARTLY,
    NOT_ON_TRACK,
    NOT_ASSESSED
}
