package se.samverkan.followup;

import se.samverkan.common.csv.Code;

/** The gender breakdown of a value ("oavsett kön" goals are followed up for women and men). */
public enum Gender implements Code {
    TOTAL("Totalt"),
    WOMEN("Kvinnor"),
    MEN("Män");

    private final String swedish;

    Gender(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
