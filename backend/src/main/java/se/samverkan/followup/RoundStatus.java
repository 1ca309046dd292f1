package se.samverkan.followup;

/** OPEN (parties write) → COMPILED (the coordinator has written the summary) → APPROVED (decided by a forum; public). */
public enum RoundStatus {
    OPEN, COMPILED, APPROVED
}
