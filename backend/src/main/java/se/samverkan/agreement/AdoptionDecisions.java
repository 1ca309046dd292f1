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

/** A meeting decision that adopts an agreement of the forum's county ("beslutade rådet att anta …"). */
@ApplicationScoped
public class AdoptionDecisions implements DecisionEffectHandler {

    @Inject
    AgreementService agreements;

    @Inject
    Adoptions adoptions;

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.AGREEMENT_ADOPTION;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        Agreement agreement = adoptions.named(subjectId, field);
        Adoptions.assertOfMeetingCounty(agreement, meeting, field);
        if (SubStrategyDecisions.isSubStrategy(agreement)) {
            // A sub-strategy is adopted as one, under the rule that its overall strategy is adopted first.
            throw ProblemException.invalid(field, text("agreement.adopt-sub-strategy-as-such"));
        }
        String title = agreements.adoptByDecision(subjectId, meeting, field);
        return new AppliedEffect(title, subjectId);
    }

    @Override
    public List<DecisionCandidate> candidates(DecidingMeeting meeting) {
        return adoptions.candidates(kind(), meeting, a -> !SubStrategyDecisions.isSubStrategy(a));
    }
}
