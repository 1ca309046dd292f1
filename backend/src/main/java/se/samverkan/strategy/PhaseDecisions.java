package se.samverkan.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.decision.AppliedEffect;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionCandidate;
import se.samverkan.common.decision.DecisionEffectHandler;
import se.samverkan.common.decision.DecisionEffectKind;

/** A meeting decision that completes a phase of the process map ("Förankring klar enligt beslut … § n"). */
@ApplicationScoped
public class PhaseDecisions implements DecisionEffectHandler {

    @Inject
    ProcessService process;

    @Inject
    StrategyRepository repository;

    @Override
    public DecisionEffectKind kind() {
        return DecisionEffectKind.PHASE_COMPLETION;
    }

    @Override
    public AppliedEffect apply(UUID subjectId, DecidingMeeting meeting, String field) {
        String label = process.completeByDecision(subjectId, meeting, field);
        UUID agreementId = repository.phase(subjectId).orElseThrow().agreement.id;
        return new AppliedEffect(label, agreementId);
    }

    @Override
    public List<DecisionCandidate> candidates(DecidingMeeting meeting) {
        if (meeting.countyCode() == null) {
            return List.of();
        }
        return process.completable(meeting.countyCode()).stream()
                .map(p -> new DecisionCandidate(kind(), p.id, ProcessService.label(p), p.agreement.id))
                .toList();
    }
}
