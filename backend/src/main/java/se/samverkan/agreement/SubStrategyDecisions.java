package se.samverkan.agreement;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
    AgreementPolicy policy;

    @Inject
    Adoptions adoptions;

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
        Agreement agreement = adoptions.named(subjectId, field);
        if (!isSubStrategy(agreement)) {
            throw ProblemException.invalid(field, text("agreement.not-a-sub-strategy", agreement.title));
        }
        Adoptions.assertOfMeetingCounty(agreement, meeting, field);
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
        return adoptions.candidates(
                kind(), meeting, a -> isSubStrategy(a) && a.parent.status == AgreementStatus.ADOPTED);
    }
}
