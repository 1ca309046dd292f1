package se.samverkan.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.decision.AppliedEffect;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionCandidate;
import se.samverkan.common.decision.DecisionEffectHandler;
import se.samverkan.common.decision.DecisionEffectKind;

/** A meeting decision that approves a compiled follow-up round (the council approves the yearly follow-up). */
@ApplicationScoped
public class ApprovalDecisions implements DecisionEffectHandler {

    @Inject
    FollowUpService service;

    @Inject
    FollowUpPolicy policy;

    @Inject
    EntityManager em;

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.FOLLOW_UP_APPROVAL;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        String label = service.approveByDecision(subjectId, meeting, field);
        UUID agreementId = em.find(FollowUpRound.class, subjectId).agreement.id;
        return new AppliedEffect(label, agreementId);
    }

    @Override
    public List<DecisionCandidate> candidates(DecidingMeeting meeting) {
        if (meeting.countyCode() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select r from FollowUpRound r join fetch r.agreement a where a.county.code = :county"
                                + " and r.status = :status order by a.title, r.year",
                        FollowUpRound.class)
                .setParameter("county", meeting.countyCode())
                .setParameter("status", RoundStatus.COMPILED)
                .getResultList()
                .stream()
                .filter(r -> policy.canManage(r.agreement))
                .map(r -> new DecisionCandidate(kind(), r.id, r.agreement.title + ", " + r.year, r.agreement.id))
                .toList();
    }
}
