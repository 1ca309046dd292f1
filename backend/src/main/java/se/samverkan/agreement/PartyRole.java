package se.samverkan.agreement;

public enum PartyRole {
    /** Undertecknande part. */
    SIGNATORY,
    /** Sammankallande / samordnande part, e.g. the county administrative board. */
    CONVENER,
    /** Deltagande part that does not sign. */
    PARTICIPANT
}
