package se.samverkan.notification;

/** What a notification is about; a user chooses per category how (and whether) mail reaches them. */
public enum Category {
    FOLLOW_UP,
    STATUS_REPORT,
    MEETING,
    ACTION_ITEM,
    AGREEMENT,
    SURVEY
}
