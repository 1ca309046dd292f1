package se.samverkan.agreement;

/** Nivå: where a party answers for a goal area. */
public enum Level {
    NATIONAL,
    REGIONAL,
    SUBREGIONAL,
    LOCAL
}
