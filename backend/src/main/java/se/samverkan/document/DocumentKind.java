package se.samverkan.document;

/** What the document is to its owner. */
public enum DocumentKind {
    SIGNED_AGREEMENT,
    APPENDIX,
    MEETING_PAPER,
    PRESENTATION,
    MINUTES,
    REPORT,
    DECISION_BASIS,
    OTHER
}
