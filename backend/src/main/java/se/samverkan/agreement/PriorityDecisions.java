package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.decision.AppliedEffect;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionCandidate;
import se.samverkan.common.decision.DecisionEffectHandler;
import se.samverkan.common.decision.DecisionEffectKind;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;

/**
 * A meeting decision that decides a proposed yearly priority ("Integrationsrådet fastställer årligen prioriteringar"):
 * by the forum the proposer prepares for or reports to, of the agreement's county, by a caller who may set the
 * agreement's priorities.
 */
@ApplicationScoped
public class PriorityDecisions implements DecisionEffectHandler {

    private static final Audit<YearlyPriority> DECIDED = new Audit<YearlyPriority>(
                    p -> new ChangeRecorder.Subject(
                            AgreementService.SUBJECT, p.goalArea.agreement.id, "PRIORITY", p.id),
                    AgreementMapper::snapshot)
            .showing(p -> Map.of(
                    "status", p.status.name(), "decisionId", p.decisionId == null ? "" : p.decisionId.toString()));

    @Inject
    EntityManager em;

    @Inject
    AgreementPolicy policy;

    @Inject
    AuditedChanges changes;

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.PRIORITY;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        YearlyPriority priority = em.find(YearlyPriority.class, subjectId);
        if (priority == null || !policy.canRead(priority.goalArea.agreement)) {
            throw ProblemException.invalid(field, text("priority.no-priority-id", subjectId));
        }
        Agreement agreement = priority.goalArea.agreement;
        policy.assertCanManage(agreement);
        Adoptions.assertOfMeetingCounty(agreement, meeting, field);
        AgreementStatus.LIFECYCLE.check(agreement, AgreementStatus.Action.SET_PRIORITIES);
        PriorityStatus.LIFECYCLE.check(priority, PriorityStatus.Action.DECIDE);
        if (priority.proposedByForumId != null && !meeting.preparedBy().contains(priority.proposedByForumId)) {
            throw ProblemException.ruleViolation(
                    "priority-decided-by-prepared-forum",
                    text("priority.decided-by-prepared-forum", meeting.forumName()));
        }
        changes.unguarded(
                DECIDED,
                ChangeRecorder.STATUS_CHANGED,
                priority,
                p -> {
                    p.status = PriorityStatus.LIFECYCLE.next(p, PriorityStatus.Action.DECIDE);
                    p.decisionId = meeting.decisionId();
                },
                p -> "Focus " + p.year + " for goal area " + p.goalArea.label() + " decided by " + meeting.forumName()
                        + " on " + meeting.date());
        return new AppliedEffect(label(priority), agreement.id);
    }

    @Override
    public List<DecisionCandidate> candidates(DecidingMeeting meeting) {
        if (meeting.countyCode() == null) {
            return List.of();
        }
        List<YearlyPriority> proposed = em.createQuery(
                        "select p from YearlyPriority p join fetch p.goalArea g join fetch g.agreement a"
                                + " where p.status = :status and a.county.code = :county"
                                + " order by a.title, p.year, g.number",
                        YearlyPriority.class)
                .setParameter("status", PriorityStatus.PROPOSED)
                .setParameter("county", meeting.countyCode())
                .getResultList();
        return proposed.stream()
                .filter(p -> p.proposedByForumId == null || meeting.preparedBy().contains(p.proposedByForumId))
                .filter(p -> policy.canManage(p.goalArea.agreement))
                .filter(p ->
                        AgreementStatus.LIFECYCLE.allows(p.goalArea.agreement, AgreementStatus.Action.SET_PRIORITIES))
                .map(p -> new DecisionCandidate(kind(), p.id, label(p), p.goalArea.agreement.id))
                .toList();
    }

    /** "RÖK Västmanland 2016–2020: 3.2 Hälsa, 2018". */
    public static String label(YearlyPriority p) {
        return p.goalArea.agreement.title + ": " + p.goalArea.label() + ", " + p.year;
    }
}
