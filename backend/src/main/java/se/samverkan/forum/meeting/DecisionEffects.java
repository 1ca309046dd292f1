package se.samverkan.forum.meeting;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.decision.AppliedEffect;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionEffectHandler;
import se.samverkan.common.decision.DecisionEffectKind;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.Decision;
import se.samverkan.forum.DecisionEffect;
import se.samverkan.forum.DecisionOutcome;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.meeting.MeetingDtos.DecisionCandidateDto;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;

/**
 * Decisions that take effect: recording a decision applies each of its effects once, through the handler of the
 * subject's kind (in the feature that owns the subject, with its rules), in the same transaction; a subject takes one
 * decision's effect (the unique constraint catches two deciders at once), and a decision that took effect is final:
 * its effects are neither removed nor changed, and it is not removed.
 */
@ApplicationScoped
public class DecisionEffects {

    private static final Audit<Decision> DECISION = new Audit<Decision>(
                    d -> new ChangeRecorder.Subject(MeetingService.SUBJECT, d.agendaItem.meeting.id, "DECISION", d.id),
                    MeetingMapper::snapshot)
            .showing(d -> {
                Map<String, String> s = new java.util.LinkedHashMap<>();
                s.put("effects", MeetingMapper.snapshot(d).get("effects"));
                return s;
            });

    @Inject
    @Any
    Instance<DecisionEffectHandler> handlers;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    @Inject
    AgreementPolicy agreementPolicy;

    private Map<DecisionEffectKind, DecisionEffectHandler> byKind() {
        Map<DecisionEffectKind, DecisionEffectHandler> map = new EnumMap<>(DecisionEffectKind.class);
        for (DecisionEffectHandler handler : handlers) {
            if (map.put(handler.kind(), handler) != null) {
                throw new IllegalStateException("Two handlers of decision effect " + handler.kind());
            }
        }
        return map;
    }

    /** The rules of a decision's effects that do not depend on the subjects: checked before anything is stored. */
    void check(Meeting meeting, Decision decision, List<DecisionEffectInput> requested) {
        List<DecisionEffectInput> added = added(decision, requested);
        if (requested == null || requested.isEmpty()) {
            return;
        }
        FieldViolations violations = new FieldViolations();
        if (decision.outcome != DecisionOutcome.ADOPTED) {
            violations.add("outcome", text("decision.effects-need-adopted"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            DecisionEffectInput effect = requested.get(i);
            if (!seen.add(effect.kind() + ":" + effect.subjectId())) {
                violations.add("effects[" + i + "].subjectId", text("decision.effect-twice"));
            }
        }
        violations.throwIfAny();
        if (!added.isEmpty() && !meeting.hasBegun(clock)) {
            throw ProblemException.ruleViolation(
                    "decision-before-meeting", text("decision.before-meeting", meeting.date));
        }
    }

    /** A decision that took effect keeps its effects and its outcome: a change of either is refused (409). */
    void checkUpdate(Decision decision, DecisionInput input) {
        if (decision.effects.isEmpty()) {
            return;
        }
        Set<String> requested = new HashSet<>();
        if (input.effects() != null) {
            input.effects().forEach(e -> requested.add(e.kind() + ":" + e.subjectId()));
        }
        boolean keepsAll = decision.effects.stream().allMatch(e -> requested.contains(e.kind + ":" + e.subjectId));
        if (!keepsAll || input.outcome() != DecisionOutcome.ADOPTED) {
            throw ProblemException.ruleViolation("decision-took-effect", text("decision.took-effect"));
        }
    }

    /** Removing a decision (or its point or meeting) that took effect would leave its subjects decided by nothing. */
    static void assertRemovable(Decision decision) {
        if (!decision.effects.isEmpty()) {
            throw ProblemException.ruleViolation("decision-took-effect", text("decision.took-effect-removal"));
        }
    }

    /** Applies the requested effects the decision does not have yet, each through its kind's handler. */
    void apply(Meeting meeting, Decision decision, List<DecisionEffectInput> requested) {
        List<DecisionEffectInput> added = added(decision, requested);
        if (added.isEmpty()) {
            return;
        }
        Map<DecisionEffectKind, DecisionEffectHandler> byKind = byKind();
        DecidingMeeting deciding = deciding(meeting, decision);
        List<DecisionEffect> applied = new ArrayList<>();
        int position = decision.effects.size();
        for (DecisionEffectInput input : added) {
            int index = requested.indexOf(input);
            DecisionEffectHandler handler = byKind.get(input.kind());
            if (handler == null) {
                throw ProblemException.invalid("effects[" + index + "].kind", text("decision.kind-unsupported"));
            }
            AppliedEffect result = handler.apply(input.subjectId(), deciding, "effects[" + index + "].subjectId");
            DecisionEffect effect = new DecisionEffect();
            effect.id = UUID.randomUUID();
            effect.decision = decision;
            effect.position = ++position;
            effect.kind = input.kind();
            effect.subjectId = input.subjectId();
            effect.agreementId = result.agreementId();
            effect.label = result.label();
            effect.appliedAt = Clocks.now(clock);
            effect.appliedBy = history.caller().name();
            applied.add(effect);
        }
        changes.unguarded(
                DECISION,
                ChangeRecorder.UPDATED,
                decision,
                d -> applied.forEach(e -> {
                    em.persist(e);
                    d.effects.add(e);
                }),
                d -> "Took effect: "
                        + String.join(
                                "; ",
                                applied.stream()
                                        .map(e -> e.kind + " " + e.label)
                                        .toList()));
    }

    /** The subjects a decision of this meeting could take effect on now, for the caller. */
    List<DecisionCandidateDto> candidates(Meeting meeting) {
        DecidingMeeting deciding = deciding(meeting, null);
        List<DecisionCandidateDto> all = new ArrayList<>();
        for (DecisionEffectKind kind : DecisionEffectKind.values()) {
            DecisionEffectHandler handler = byKind().get(kind);
            if (handler != null) {
                handler.candidates(deciding).stream()
                        .map(c -> new DecisionCandidateDto(c.kind(), c.subjectId(), c.label(), c.agreementId()))
                        .forEach(all::add);
            }
        }
        return all;
    }

    DecisionDto dto(Decision decision) {
        return MeetingMapper.decision(decision, agreementPolicy::canRead, this::agreementVisible);
    }

    private boolean agreementVisible(UUID agreementId) {
        Agreement agreement = em.find(Agreement.class, agreementId);
        return agreement != null && agreementPolicy.canRead(agreement);
    }

    private DecidingMeeting deciding(Meeting meeting, Decision decision) {
        Set<UUID> preparedBy =
                new HashSet<>(em.createQuery("select f.id from Forum f where f.parent.id = :forum", UUID.class)
                        .setParameter("forum", meeting.forum.id)
                        .getResultList());
        return new DecidingMeeting(
                decision == null ? null : decision.id,
                meeting.forum.id,
                meeting.forum.name,
                meeting.forum.countyCode(),
                Set.copyOf(preparedBy),
                meeting.date);
    }

    private static List<DecisionEffectInput> added(Decision decision, List<DecisionEffectInput> requested) {
        if (requested == null) {
            return List.of();
        }
        return requested.stream()
                .filter(r -> decision.effects.stream()
                        .noneMatch(e -> e.kind == r.kind() && Objects.equals(e.subjectId, r.subjectId())))
                .toList();
    }
}
