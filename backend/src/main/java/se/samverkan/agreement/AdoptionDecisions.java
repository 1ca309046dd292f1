package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import se.samverkan.common.decision.AppliedEffect;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionCandidate;
import se.samverkan.common.decision.DecisionEffectHandler;
import se.samverkan.common.decision.DecisionEffectKind;
import se.samverkan.common.problem.ProblemException;

/** A meeting decision that adopts an agreement of the forum's county ("beslutade rådet att anta …"). */
@ApplicationScoped
public class AdoptionDecisions implements DecisionEffectHandler {

    @Inject
    AgreementService agreements;

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementPolicy policy;

    @Inject
    EntityManager em;

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.AGREEMENT_ADOPTION;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        Agreement agreement = repository
                .findByIdOptional(subjectId)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid(field, text("common.no-agreement-id", subjectId)));
        if (!Objects.equals(agreement.countyCode(), meeting.countyCode())) {
            throw ProblemException.invalid(field, text("forum.agreement-of-county", meeting.countyCode()));
        }
        if (SubStrategyDecisions.isSubStrategy(agreement)) {
            // A sub-strategy is adopted as one, under the rule that its overall strategy is adopted first.
            throw ProblemException.invalid(field, text("agreement.adopt-sub-strategy-as-such"));
        }
        String title = agreements.adoptByDecision(subjectId, meeting, field);
        return new AppliedEffect(title, subjectId);
    }

    @Override
    public List<DecisionCandidate> candidates(DecidingMeeting meeting) {
        if (meeting.countyCode() == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select a from Agreement a where a.county.code = :county and a.status in :statuses"
                                + " order by a.title",
                        Agreement.class)
                .setParameter("county", meeting.countyCode())
                .setParameter("statuses", List.of(AgreementStatus.DRAFT, AgreementStatus.CONSULTATION))
                .getResultList()
                .stream()
                .filter(policy::canManage)
                .filter(a -> !SubStrategyDecisions.isSubStrategy(a))
                .map(a -> new DecisionCandidate(kind(), a.id, a.title, a.id))
                .toList();
    }
}
