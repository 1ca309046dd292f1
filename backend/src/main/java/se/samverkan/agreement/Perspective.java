package se.samverkan.agreement;

/** Cross-cutting perspectives every goal is read through. */
public enum Perspective {
    /** Jämställdhet: every goal "oavsett kön". */
    GENDER_EQUALITY,
    /** Icke-diskriminering (Diskrimineringslagen 2008:567). */
    NON_DISCRIMINATION,
    /** Barnrättsperspektiv. */
    CHILD_RIGHTS
}
