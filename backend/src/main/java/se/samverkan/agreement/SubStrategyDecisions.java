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

/**
 * A meeting decision that adopts a sub-strategy (delstrategi för en målgrupp) of the forum's county. A sub-strategy
 * carries out its overall strategy, so it is adopted only once the overall strategy is adopted; otherwise the same
 * rules as any adoption (parties, goal areas, a draft or consulted status).
 */
@ApplicationScoped
public class SubStrategyDecisions implements DecisionEffectHandler {

    @Inject
    AgreementService agreements;

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementPolicy policy;

    @Inject
    EntityManager em;

    /** A strategy that sits under an overall strategy. */
    static boolean isSubStrategy(Agreement agreement) {
        return agreement.kind == AgreementKind.STRATEGY && agreement.parent != null;
    }

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.SUB_STRATEGY_ADOPTION;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        Agreement agreement = repository
                .findByIdOptional(subjectId)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid(field, text("common.no-agreement-id", subjectId)));
        if (!isSubStrategy(agreement)) {
            throw ProblemException.invalid(field, text("agreement.not-a-sub-strategy", agreement.title));
        }
        if (!Objects.equals(agreement.countyCode(), meeting.countyCode())) {
            throw ProblemException.invalid(field, text("forum.agreement-of-county", meeting.countyCode()));
        }
        policy.assertCanManage(agreement);
        if (agreement.parent.status != AgreementStatus.ADOPTED) {
            throw ProblemException.ruleViolation(
                    "sub-strategy-after-overall-strategy",
                    text(
                            "agreement.sub-strategy-after-overall-strategy",
                            agreement.parent.title,
                            agreement.parent.status));
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
                        "select a from Agreement a join fetch a.parent p where a.county.code = :county"
                                + " and a.kind = :kind and a.status in :statuses and p.status = :adopted"
                                + " order by a.title",
                        Agreement.class)
                .setParameter("county", meeting.countyCode())
                .setParameter("kind", AgreementKind.STRATEGY)
                .setParameter("statuses", List.of(AgreementStatus.DRAFT, AgreementStatus.CONSULTATION))
                .setParameter("adopted", AgreementStatus.ADOPTED)
                .getResultList()
                .stream()
                .filter(policy::canManage)
                .map(a -> new DecisionCandidate(kind(), a.id, a.title, a.id))
                .toList();
    }
}
