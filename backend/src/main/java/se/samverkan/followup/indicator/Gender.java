package se.samverkan.followup.indicator;

/** The gender breakdown of a value ("oavsett kön" goals are followed up for women and men). */
public enum Gender {
    TOTAL,
    WOMEN,
    MEN
}
