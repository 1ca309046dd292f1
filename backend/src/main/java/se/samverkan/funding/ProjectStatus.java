package se.samverkan.funding;

import se.samverkan.common.csv.Code;

public enum ProjectStatus implements Code {
    PLANNED("Planerat"),
    ONGOING("Pågår"),
    COMPLETED("Avslutat"),
    CANCELLED("Avbrutet");

    private final String swedish;

    ProjectStatus(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
