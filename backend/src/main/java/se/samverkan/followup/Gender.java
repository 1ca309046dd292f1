package se.samverkan.followup;

/** The gender breakdown of a value ("oavsett kön" goals are followed up for women and men). */
public enum Gender {
    TOTAL,
    WOMEN,
    MEN
}
