package se.samverkan.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a notification links to; each has a page in the web app. */
@Schema(name = "NotificationSubjectType") // apart from the grants' SubjectType (schemas of one name get numbered)
public enum SubjectType {
    FOLLOW_UP_ROUND("/follow-up/rounds/"),
    ASSESSMENT("/follow-up/assessments/"),
    STATUS_REPORT("/status-reports/"),
    MEETING("/meetings/"),
    ACTION_ITEM("/action-items/"),
    AGREEMENT("/agreements/"),
    FORUM("/forums/"),
    SURVEY("/surveys/");

    private final String path;

    SubjectType(String path) {
        this.path = path;
    }

    /** The web app's path of the thing (relative to the SPA's base URL). */
    public String link(java.util.UUID id) {
        return path + id;
    }
}
