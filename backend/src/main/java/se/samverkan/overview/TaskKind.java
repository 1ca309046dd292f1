package se.samverkan.overview;

/**
 * What a task is, and so which page it is done on. A member's tasks are their organisation's; a coordinator's are what
 * waits for them in the counties and federation municipalities they manage.
 */
public enum TaskKind {
    /** Member: write and submit a follow-up assessment (target: the assessment). */
    ASSESSMENT,
    /** Member: an action item the organisation owns (target: the action item). */
    ACTION_ITEM,
    /** Member: a status-report contribution the organisation is invited to (target: the status report). */
    CONTRIBUTION,
    /** Member: an open survey the organisation is asked to answer (target: the survey; the answer form is the organisation's). */
    SURVEY_ANSWER,
    /**
     * Member: a funding application of the organisation; a draft is to be submitted while its call is open (target:
     * the application).
     */
    FUNDING_APPLICATION,
    /** Member: an account of a project the organisation owns, to file by its due date (target: the project). */
    FUNDING_ACCOUNT,
    /**
     * Member: an activity of an agreement's action plan that the organisation owns, to carry out by its due date
     * (target: the agreement, whose action plan holds it).
     */
    PLAN_ACTIVITY,
    /** Coordinator: a submitted assessment waiting for review (target: the assessment). */
    REVIEW_ASSESSMENT,
    /** Coordinator: an open round with organisations that have not submitted (target: the round). */
    ROUND_MISSING,
    /** Coordinator: a status report past its due date with contributions missing (target: the status report). */
    CONTRIBUTION_OVERDUE,
    /** Coordinator: an active action item past its due date in one of their forums (target: the action item). */
    ACTION_ITEM_OVERDUE,
    /** Coordinator: a meeting coming up in one of their forums (target: the meeting). */
    MEETING_UPCOMING,
    /** Coordinator: a past meeting whose minutes are not published (target: the meeting). */
    MINUTES_UNPUBLISHED;

    public boolean forCoordinator() {
        return ordinal() >= REVIEW_ASSESSMENT.ordinal();
    }
}
