package se.samverkan.document;

/** What a document or link can be attached to; each owner's own feature decides who sees and changes it. */
public enum OwnerType {
    AGREEMENT,
    MEETING,
    AGENDA_ITEM,
    STATUS_REPORT,
    FOLLOW_UP_ROUND
}
