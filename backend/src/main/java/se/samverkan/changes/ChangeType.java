package se.samverkan.changes;

/** The kinds of thing whose changes the feed carries: the change log's subject types that have a reading rule. */
public enum ChangeType {
    AGREEMENT,
    FOLLOW_UP_ROUND,
    FORUM,
    MEETING,
    ACTION_ITEM,
    STATUS_REPORT,
    ORGANISATION,
    FUNDING_CALL,
    FUNDING_APPLICATION,
    FUNDING_PROJECT,
    DOCUMENT,
    SURVEY,
    RESULTS_REPORT
}
