package se.samverkan.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.followup.AssessmentState;
import se.samverkan.followup.RoundStatus;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.funding.ApplicationStatus;

/**
 * One projection per kind of task: each is one statement whatever the data, and loads no entity (the overview is read
 * on every start-page visit). Rows come back as arrays in the column order named at each query; at most {@code limit}.
 */
@ApplicationScoped
public class TaskQueries {

    /** A scope that is empty still binds a list: SQL has no empty IN list. */
    private static final String NONE = "--";

    @Inject
    EntityManager em;

    /** id, goal-area number, goal-area title, agreement title, year, organisation, deadline, state. */
    public List<Object[]> assessments(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select a.id, g.number, g.title, ag.title, r.year, o.name, r.deadline, a.state"
                                + " from Assessment a join a.round r join r.agreement ag join a.goalArea g join a.organisation o"
                                + " where o.id in :organisations and r.status <> :recorded"
                                + " order by r.deadline nulls last, a.id",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setParameter("recorded", RoundStatus.RECORDED)
                .setMaxResults(limit)
                .getResultList();
    }

    /** id, title, forum, owner, due date, status. */
    public List<Object[]> ownedActionItems(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select a.id, a.title, f.name, o.name, a.dueOn, a.status"
                                + " from ActionItem a join a.forum f join a.owner o where o.id in :organisations"
                                + " order by a.dueOn nulls last, a.id",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setMaxResults(limit)
                .getResultList();
    }

    /** report id, report title, forum, organisation, due date, submitted at, report status, draft saved at. */
    public List<Object[]> invitations(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select r.id, r.title, f.name, o.name, r.dueOn, i.submittedAt, r.status, i.draftSavedAt"
                                + " from ReportInvitation i join i.report r join r.forum f join i.organisation o"
                                + " where o.id in :organisations order by r.dueOn nulls last, r.id, o.name",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Open surveys asking the organisations: survey id, title, county name (null: national), year, organisation,
     * closing day, the answer's status (null before the first save), organisation id.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> surveyAnswers(Set<UUID> organisations, int limit) {
        return em.createNativeQuery(
                        """
                        select s.id, s.title, c.name, s.year, o.name, s.closes_on, a.status, o.id
                        from survey_recipient r join survey s on s.id = r.survey_id
                        join organisation o on o.id = r.organisation_id
                        left join county c on c.code = s.county_code
                        left join survey_answer a on a.survey_id = s.id and a.organisation_id = o.id
                        where r.organisation_id in (:organisations) and s.status = 'OPEN'
                        order by s.closes_on, s.id, o.name
                        """)
                .setParameter("organisations", organisations)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Applications of the organisations, not withdrawn: id, project name, call title, applicant, deadline, status, call status. */
    public List<Object[]> fundingApplications(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select a.id, a.projectName, c.title, o.name, c.deadline, a.status, c.status"
                                + " from FundingApplication a join a.call c join a.applicant o"
                                + " where o.id in :organisations and a.status <> :withdrawn"
                                + " order by c.deadline nulls last, a.id",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setParameter("withdrawn", ApplicationStatus.WITHDRAWN)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Accounts of the projects the organisations own: project id, project name, owner, due date, account status. */
    public List<Object[]> fundingAccounts(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select p.id, p.name, o.name, a.dueOn, a.status"
                                + " from FundingAccount a join a.project p join p.owner o where o.id in :organisations"
                                + " order by a.dueOn, a.id",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Action-plan activities the organisations own: agreement id, title, agreement title, owner, due date, status. */
    public List<Object[]> planActivities(Set<UUID> organisations, int limit) {
        return em.createQuery(
                        "select ag.id, a.title, ag.title, o.name, a.dueOn, a.status"
                                + " from PlanActivity a join a.agreement ag join a.owner o where o.id in :organisations"
                                + " order by a.dueOn nulls last, a.id",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Assessments SUBMITTED in agreements the scope manages: id, goal-area number, title, agreement, year, organisation, deadline. */
    public List<Object[]> submittedForReview(List<String> counties, Set<String> municipalities, int limit) {
        return managed(
                        "select a.id, g.number, g.title, ag.title, r.year, o.name, r.deadline"
                                + " from Assessment a join a.round r join r.agreement ag join a.goalArea g"
                                + " left join a.organisation o left join ag.municipality m"
                                + " where a.state = :submitted and",
                        " order by r.deadline nulls last, a.submittedAt, a.id",
                        counties,
                        municipalities,
                        limit)
                .setParameter("submitted", AssessmentState.SUBMITTED)
                .getResultList();
    }

    /** Tasks not handed in of OPEN rounds the scope manages: round id, agreement, year, deadline, organisation. */
    public List<Object[]> notHandedIn(List<String> counties, Set<String> municipalities, int limit) {
        return managed(
                        "select r.id, ag.title, r.year, r.deadline, o.name"
                                + " from Assessment a join a.round r join r.agreement ag"
                                + " left join a.organisation o left join ag.municipality m"
                                + " where r.status = :open and a.state not in :handedIn and",
                        " order by r.deadline nulls last, r.id, o.name",
                        counties,
                        municipalities,
                        limit)
                .setParameter("open", RoundStatus.OPEN)
                .setParameter("handedIn", AssessmentState.HANDED_IN)
                .getResultList();
    }

    private TypedQuery<Object[]> managed(
            String select, String order, List<String> counties, Set<String> municipalities, int limit) {
        return em.createQuery(
                        select + " (ag.county.code in :counties or (ag.kind = :local and m.code in :municipalities))"
                                + order,
                        Object[].class)
                .setParameter("counties", orNone(counties))
                .setParameter("municipalities", orNone(municipalities))
                .setParameter("local", AgreementKind.LOCAL)
                .setMaxResults(limit);
    }

    /** Missing contributions of OPEN reports past due in the counties' forums: report id, title, forum, organisation, due date. */
    public List<Object[]> missingContributions(List<String> counties, LocalDate today, int limit) {
        return em.createQuery(
                        "select r.id, r.title, f.name, o.name, r.dueOn"
                                + " from ReportInvitation i join i.report r join r.forum f join i.organisation o"
                                + " where i.submittedAt is null and r.status = :open and r.dueOn < :today"
                                + " and f.county.code in :counties order by r.dueOn, r.id, o.name",
                        Object[].class)
                .setParameter("open", StatusReportStatus.OPEN)
                .setParameter("today", today)
                .setParameter("counties", orNone(counties))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Active action items past due in the counties' forums: id, title, forum, owner, due date, status. */
    public List<Object[]> overdueActionItems(List<String> counties, LocalDate today, int limit) {
        return em.createQuery(
                        "select a.id, a.title, f.name, o.name, a.dueOn, a.status"
                                + " from ActionItem a join a.forum f left join a.owner o"
                                + " where a.status in :active and a.dueOn < :today and f.county.code in :counties"
                                + " order by a.dueOn, a.id",
                        Object[].class)
                .setParameter("active", ActionItemStatus.ACTIVE)
                .setParameter("today", today)
                .setParameter("counties", orNone(counties))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Meetings without published minutes up to a horizon in the counties' forums: id, title, forum, date. */
    public List<Object[]> meetingsWithoutMinutes(List<String> counties, LocalDate until, int limit) {
        return em.createQuery(
                        "select m.id, m.title, f.name, m.date from Meeting m join m.forum f"
                                + " where m.minutesPublishedAt is null and m.date <= :until and f.county.code in :counties"
                                + " order by m.date, m.id",
                        Object[].class)
                .setParameter("until", until)
                .setParameter("counties", orNone(counties))
                .setMaxResults(limit)
                .getResultList();
    }

    private static Collection<String> orNone(Collection<String> values) {
        return values.isEmpty() ? List.of(NONE) : values;
    }
}
