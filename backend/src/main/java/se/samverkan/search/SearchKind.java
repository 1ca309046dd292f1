package se.samverkan.search;

/** What a search hit is. MINUTES are the minutes of one agenda item; DOCUMENT a file or link (with the text of PDFs). */
public enum SearchKind {
    AGREEMENT,
    GOAL_AREA,
    FORUM,
    MEETING,
    MINUTES,
    DECISION,
    ACTION_ITEM,
    ORGANISATION,
    DOCUMENT
}
