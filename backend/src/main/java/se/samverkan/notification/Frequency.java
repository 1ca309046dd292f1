package se.samverkan.notification;

/** How mail of one category reaches a user: at once, in one daily or weekly digest mail, or not at all. */
public enum Frequency {
    IMMEDIATELY,
    DAILY,
    WEEKLY,
    OFF
}
