package se.samverkan.agreement;

public enum ResponsibilityKind {
    /** Ansvarig part. */
    RESPONSIBLE,
    /** Övrig part. */
    OTHER
}
