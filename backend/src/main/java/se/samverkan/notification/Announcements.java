package se.samverkan.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.samverkan.common.time.Clocks;

/**
 * The events of the app, told to the people they concern. Each method is called by the service that made the change,
 * inside its transaction, with nothing but ids: the facts for the texts and the audience are read here (after a
 * flush, so the change itself is visible), which keeps the notification feature free of the other features' classes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Announcements {

    @Inject
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    MeetingInvitations invitations;

    // ---- follow-up ---------------------------------------------------------------------------------

    /** A follow-up round opened: the organisations with a task hear of it. */
    public void followUpOpened(UUID roundId) {
        em.flush();
        Object[] round = single(
                """
                select a.title, r.year, r.deadline, a.county_code from follow_up_round r
                join agreement a on a.id = r.agreement_id where r.id = :id
                """,
                roundId);
        notifications.publish(
                new Notifications.Message(Event.FOLLOW_UP_OPENED, roundId, (String) round[3], roundParams(round)),
                Audience.create()
                        .organisations(uuids(
                                "select distinct organisation_id from assessment where round_id = :id", roundId)));
    }

    /** A reminder of a round's deadline: only organisations with assessments still to submit hear of it. */
    void followUpReminder(UUID roundId, Event event) {
        Object[] round = single(
                """
                select a.title, r.year, r.deadline, a.county_code from follow_up_round r
                join agreement a on a.id = r.agreement_id where r.id = :id
                """,
                roundId);
        notifications.publish(
                new Notifications.Message(event, roundId, (String) round[3], roundParams(round)),
                Audience.create()
                        .organisations(uuids(
                                "select distinct organisation_id from assessment where round_id = :id and state in ('NOT_STARTED', 'DRAFT', 'RETURNED')",
                                roundId)));
    }

    public void assessmentReviewed(UUID assessmentId, boolean accepted) {
        em.flush();
        Object[] row = single(
                """
                select a.title, g.number || ' ' || g.title, s.return_comment, a.county_code, s.organisation_id
                from assessment s join follow_up_round r on r.id = s.round_id join agreement a on a.id = r.agreement_id
                join goal_area g on g.id = s.goal_area_id where s.id = :id
                """,
                assessmentId);
        Map<String, String> params = params("agreement", row[0], "goalArea", row[1], "comment", row[2]);
        notifications.publish(
                new Notifications.Message(
                        accepted ? Event.ASSESSMENT_ACCEPTED : Event.ASSESSMENT_RETURNED,
                        assessmentId,
                        (String) row[3],
                        params),
                Audience.create().organisation((UUID) row[4]));
    }

    // ---- status reports ----------------------------------------------------------------------------

    public void statusReportInvited(UUID reportId, Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return;
        }
        em.flush();
        Object[] row = reportFacts(reportId);
        notifications.publish(
                new Notifications.Message(Event.STATUS_REPORT_INVITED, reportId, (String) row[3], reportParams(row)),
                Audience.create().organisations(organisationIds));
    }

    void statusReportReminder(UUID reportId) {
        Object[] row = reportFacts(reportId);
        notifications.publish(
                new Notifications.Message(Event.STATUS_REPORT_REMINDER, reportId, (String) row[3], reportParams(row)),
                Audience.create()
                        .organisations(uuids(
                                "select organisation_id from status_report_invitation where report_id = :id and submitted_at is null",
                                reportId)));
    }

    // ---- meetings ----------------------------------------------------------------------------------

    /** What a meeting's invitation depends on (date, times, place), to tell a move from another edit. */
    public String meetingSchedule(UUID meetingId) {
        em.flush();
        Object[] row = meetingFacts(meetingId);
        return row[2] + "|" + row[3] + "|" + row[4] + "|" + row[5] + "|" + row[9];
    }

    /** A new meeting, or one whose schedule changed: the forum's members and followers get an iCalendar invitation. */
    public void meetingScheduled(UUID meetingId, String scheduleBefore) {
        String now = meetingSchedule(meetingId);
        if (scheduleBefore != null && scheduleBefore.equals(now)) {
            return;
        }
        Object[] row = meetingFacts(meetingId);
        UUID forumId = (UUID) row[6];
        notifications.publish(
                new Notifications.Message(
                        scheduleBefore == null ? Event.MEETING_SCHEDULED : Event.MEETING_MOVED,
                        meetingId,
                        (String) row[7],
                        meetingParams(row),
                        invitations.calendar(meetingId, row)),
                forumAudience(forumId));
    }

    /** Published minutes: members, followers of the forum, and the public's confirmed subscribers. */
    public void minutesPublished(UUID meetingId) {
        em.flush();
        Object[] row = meetingFacts(meetingId);
        UUID forumId = (UUID) row[6];
        notifications.publish(
                new Notifications.Message(Event.MINUTES_PUBLISHED, meetingId, (String) row[7], meetingParams(row)),
                forumAudience(forumId).publicSubscribersOf(forumId));
    }

    // ---- action items ------------------------------------------------------------------------------

    public void actionAssigned(UUID actionId) {
        em.flush();
        Object[] row = actionFacts(actionId);
        notifications.publish(
                new Notifications.Message(Event.ACTION_ASSIGNED, actionId, (String) row[3], actionParams(row)),
                Audience.create().organisation((UUID) row[4]).followersOf(SubjectType.ACTION_ITEM, actionId));
    }

    /** An item raised to another forum: that forum's members and its county's coordinators hear of it. */
    public void actionRaised(UUID raisedId) {
        em.flush();
        Object[] row = actionFacts(raisedId);
        Map<String, String> params = actionParams(row);
        params.put("fromForum", Objects.toString(row[6], ""));
        notifications.publish(
                new Notifications.Message(Event.ACTION_RAISED, raisedId, (String) row[3], params),
                forumAudience((UUID) row[5]).organisation((UUID) row[4]));
    }

    void actionReminder(UUID actionId, Event event) {
        Object[] row = actionFacts(actionId);
        notifications.publish(
                new Notifications.Message(event, actionId, (String) row[3], actionParams(row)),
                Audience.create().organisation((UUID) row[4]).followersOf(SubjectType.ACTION_ITEM, actionId));
    }

    // ---- agreements --------------------------------------------------------------------------------

    public void agreementAdopted(UUID agreementId) {
        publishToParties(Event.AGREEMENT_ADOPTED, agreementId, true);
    }

    /** An agreement sent out for consultation (förankring): its parties are asked for their input. */
    public void agreementInConsultation(UUID agreementId) {
        publishToParties(Event.AGREEMENT_IN_CONSULTATION, agreementId, false);
    }

    /** To the members of the agreement's parties and, with {@code andFollowers}, to those who follow it. */
    private void publishToParties(Event event, UUID agreementId, boolean andFollowers) {
        em.flush();
        Object[] row = single("select title, county_code from agreement where id = :id", agreementId);
        Audience parties = Audience.create()
                .organisations(
                        uuids("select organisation_id from agreement_party where agreement_id = :id", agreementId));
        notifications.publish(
                new Notifications.Message(event, agreementId, (String) row[1], params("agreement", row[0])),
                andFollowers ? parties.followersOf(SubjectType.AGREEMENT, agreementId) : parties);
    }

    // ---- surveys -----------------------------------------------------------------------------------

    /** An opened survey: the members of every organisation it asks. */
    public void surveyOpened(UUID surveyId) {
        em.flush();
        publishSurvey(
                Event.SURVEY_OPENED,
                surveyId,
                uuids("select organisation_id from survey_recipient where survey_id = :id", surveyId));
    }

    /** Before closing: the members of the asked organisations that have not submitted their answer. */
    void surveyReminder(UUID surveyId) {
        publishSurvey(
                Event.SURVEY_REMINDER,
                surveyId,
                uuids(
                        """
                        select r.organisation_id from survey_recipient r
                        where r.survey_id = :id and not exists (
                            select 1 from survey_answer a where a.survey_id = r.survey_id
                            and a.organisation_id = r.organisation_id and a.status = 'SUBMITTED')
                        """,
                        surveyId));
    }

    private void publishSurvey(Event event, UUID surveyId, List<UUID> organisations) {
        if (organisations.isEmpty()) {
            return;
        }
        Object[] row = single("select title, closes_on, county_code from survey where id = :id", surveyId);
        notifications.publish(
                new Notifications.Message(event, surveyId, (String) row[2], params("survey", row[0], "closes", row[1])),
                Audience.create().organisations(organisations));
    }

    // ---- facts -------------------------------------------------------------------------------------

    private Audience forumAudience(UUID forumId) {
        return Audience.create()
                .organisations(uuids("select organisation_id from forum_member where forum_id = :id", forumId))
                .countyCoordinators()
                .followersOf(SubjectType.FORUM, forumId);
    }

    private Object[] reportFacts(UUID reportId) {
        return single(
                """
                select r.title, f.name, r.due_on, f.county_code from status_report r join forum f on f.id = r.forum_id
                where r.id = :id
                """,
                reportId);
    }

    private static Map<String, String> reportParams(Object[] row) {
        return params("report", row[0], "forum", row[1], "due", row[2] == null ? "–" : row[2]);
    }

    /** 0 title, 1 forum name, 2 date, 3 start, 4 end, 5 location, 6 forum id, 7 county, 8 version, 9 online url. */
    Object[] meetingFacts(UUID meetingId) {
        return single(
                """
                select coalesce(m.title, f.name), f.name, m.meeting_date, m.start_time, m.end_time, m.location,
                       f.id, f.county_code, m.version, m.online_url
                from meeting m join forum f on f.id = m.forum_id where m.id = :id
                """,
                meetingId);
    }

    private static Map<String, String> meetingParams(Object[] row) {
        String time = row[3] == null
                ? ""
                : row[3].toString().substring(0, 5)
                        + (row[4] == null ? "" : "–" + row[4].toString().substring(0, 5));
        String location = row[5] != null ? row[5].toString() : row[9] != null ? row[9].toString() : "–";
        return params("meeting", row[0], "forum", row[1], "date", row[2], "time", time, "location", location);
    }

    /** 0 title, 1 forum name, 2 due, 3 county, 4 owner organisation, 5 forum id, 6 raised-from forum name. */
    private Object[] actionFacts(UUID actionId) {
        return single(
                """
                select a.title, f.name, a.due_on, f.county_code, a.owner_organisation_id, f.id, sf.name
                from action_item a join forum f on f.id = a.forum_id
                left join action_item s on s.id = a.raised_from_id left join forum sf on sf.id = s.forum_id
                where a.id = :id
                """,
                actionId);
    }

    private static Map<String, String> actionParams(Object[] row) {
        return params("action", row[0], "forum", row[1], "due", row[2] == null ? "–" : row[2]);
    }

    private static Map<String, String> roundParams(Object[] round) {
        return params("agreement", round[0], "year", round[1], "deadline", round[2] == null ? "–" : round[2]);
    }

    static Map<String, String> params(Object... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].toString());
        }
        return map;
    }

    private Object[] single(String sql, UUID id) {
        return (Object[]) em.createNativeQuery(sql).setParameter("id", id).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> uuids(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter("id", id).getResultList();
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static LocalTime time(Object value) {
        return value == null ? null : value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
    }

    static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, Clocks.ZONE).toInstant();
    }
}
