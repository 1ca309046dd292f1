package se.samverkan.survey;

/** The agreement scale (instämmandeskala): instämmer helt, delvis, inte särskilt, inte alls; and vet ej / ej aktuellt. */
public enum Rating {
    AGREE_FULLY,
    AGREE_PARTLY,
    AGREE_LITTLE,
    DISAGREE,
    NOT_APPLICABLE
}
