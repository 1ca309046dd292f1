package se.samverkan.followup;

import se.samverkan.common.csv.Code;

/** The assessed status of a goal area, from the most to the least favourable; NOT_ASSESSED says nothing. */
public enum GoalStatus implements Code {
    ON_TRACK("I fas"),
    PARTLY("Delvis i fas"),
    NOT_ON_TRACK("Inte i fas"),
    NOT_ASSESSED("Inte bedömt");

    private final String swedish;

    GoalStatus(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
