package se.samverkan.forum.report;

/** OPEN (collecting contributions) → COMPILED → PUBLISHED (public, linked to the meeting's status-report item). */
public enum StatusReportStatus {
    OPEN, COMPILED, PUBLISHED
}
