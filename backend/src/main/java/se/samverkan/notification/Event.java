package se.samverkan.notification;

/**
 * Every event that notifies someone. The key names the texts in {@code notifications_<locale>.properties}
 * ({@code <key>.subject}, {@code <key>.body}); the subject type names what the link points to.
 */
public enum Event {
    FOLLOW_UP_OPENED("follow-up-opened", Category.FOLLOW_UP, SubjectType.FOLLOW_UP_ROUND),
    FOLLOW_UP_DUE_7("follow-up-due-7", Category.FOLLOW_UP, SubjectType.FOLLOW_UP_ROUND),
    FOLLOW_UP_DUE_1("follow-up-due-1", Category.FOLLOW_UP, SubjectType.FOLLOW_UP_ROUND),
    FOLLOW_UP_OVERDUE("follow-up-overdue", Category.FOLLOW_UP, SubjectType.FOLLOW_UP_ROUND),
    ASSESSMENT_RETURNED("assessment-returned", Category.FOLLOW_UP, SubjectType.ASSESSMENT),
    ASSESSMENT_ACCEPTED("assessment-accepted", Category.FOLLOW_UP, SubjectType.ASSESSMENT),
    STATUS_REPORT_INVITED("status-report-invited", Category.STATUS_REPORT, SubjectType.STATUS_REPORT),
    STATUS_REPORT_REMINDER("status-report-reminder", Category.STATUS_REPORT, SubjectType.STATUS_REPORT),
    MEETING_SCHEDULED("meeting-scheduled", Category.MEETING, SubjectType.MEETING),
    MEETING_MOVED("meeting-moved", Category.MEETING, SubjectType.MEETING),
    MINUTES_PUBLISHED("minutes-published", Category.MEETING, SubjectType.MEETING),
    ACTION_ASSIGNED("action-assigned", Category.ACTION_ITEM, SubjectType.ACTION_ITEM),
    ACTION_DUE_7("action-due-7", Category.ACTION_ITEM, SubjectType.ACTION_ITEM),
    ACTION_OVERDUE("action-overdue", Category.ACTION_ITEM, SubjectType.ACTION_ITEM),
    ACTION_RAISED("action-raised", Category.ACTION_ITEM, SubjectType.ACTION_ITEM),
    AGREEMENT_ADOPTED("agreement-adopted", Category.AGREEMENT, SubjectType.AGREEMENT),
    AGREEMENT_IN_CONSULTATION("agreement-in-consultation", Category.AGREEMENT, SubjectType.AGREEMENT),
    SURVEY_OPENED("survey-opened", Category.SURVEY, SubjectType.SURVEY),
    SURVEY_REMINDER("survey-reminder", Category.SURVEY, SubjectType.SURVEY);

    private final String key;
    private final Category category;
    private final SubjectType subjectType;

    Event(String key, Category category, SubjectType subjectType) {
        this.key = key;
        this.category = category;
        this.subjectType = subjectType;
    }

    public String key() {
        return key;
    }

    public Category category() {
        return category;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public static Event ofKey(String key) {
        for (Event event : values()) {
            if (event.key.equals(key)) {
                return event;
            }
        }
        throw new IllegalArgumentException("unknown event " + key);
    }
}
