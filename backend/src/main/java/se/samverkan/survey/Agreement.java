package se.samverkan.survey;

/** The agreement scale: instämmer helt, delvis, inte särskilt, inte alls; and vet ej / ej aktuellt. */
public enum Agreement {
    AGREE_FULLY,
    AGREE_PARTLY,
    AGREE_LITTLE,
    DISAGREE,
    NOT_APPLICABLE
}
