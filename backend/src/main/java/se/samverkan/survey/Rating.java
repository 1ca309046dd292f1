package se.samverkan.survey;

import se.samverkan.common.csv.Code;

/** The agreement scale (instämmandeskala): instämmer helt, delvis, inte särskilt, inte alls; and vet ej / ej aktuellt. */
public enum Rating implements Code {
    AGREE_FULLY("Instämmer helt"),
    AGREE_PARTLY("Instämmer delvis"),
    AGREE_LITTLE("Instämmer inte särskilt"),
    DISAGREE("Instämmer inte alls"),
    NOT_APPLICABLE("Vet ej / ej aktuellt");

    private final String swedish;

    Rating(String swedish) {
        this.swedish = swedish;
    }

    @Override
    public String swedish() {
        return swedish;
    }
}
