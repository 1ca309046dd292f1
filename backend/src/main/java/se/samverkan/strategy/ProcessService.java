package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementService;
import se.samverkan.common.decision.DecidingMeeting;
import se.samverkan.common.decision.DecisionDirectory;
import se.samverkan.common.decision.DecisionDirectory.DecisionRef;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.strategy.StrategyDtos.MapPermissions;
import se.samverkan.strategy.StrategyDtos.PhaseDto;
import se.samverkan.strategy.StrategyDtos.ProcessMapDto;
import se.samverkan.strategy.StrategyInputs.CheckpointInput;
import se.samverkan.strategy.StrategyInputs.PhaseInput;

/** An agreement's process map: its phases, their checklists and their status. */
@ApplicationScoped
public class ProcessService extends StrategyParts {

    static final Audit<StrategyPhase> PHASE = new Audit<>(
            p -> new ChangeRecorder.Subject(AgreementService.SUBJECT, p.agreement.id, "PHASE", p.id),
            StrategyMapper::snapshot);

    @Inject
    DecisionDirectory directory;

    final PartKind<StrategyPhase> phaseParts =
            PartKind.of(PHASE, this::phase, PhaseStatus.LIFECYCLE, PhaseStatus.Action.EDIT, PhaseStatus.Action.DELETE);

    @Transactional
    @ReadOnly
    public ProcessMapDto processMap(UUID agreementId) {
        Agreement agreement = readable(agreementId);
        boolean manage = policy.canManage(agreement);
        List<StrategyPhase> phases = repository.phases(agreementId);
        StrategyPhase current = current(phases);
        Map<UUID, DecisionRef> decisions = decisions(phases);
        return new ProcessMapDto(
                StrategyMapper.agreement(agreement),
                current == null ? null : current.id,
                phases.stream()
                        .map(p -> StrategyMapper.phase(p, policy.permissions(p, manage), decisions))
                        .toList(),
                new MapPermissions(manage));
    }

    /** The first ongoing phase; else the first not started one after the last done; null when all are done. */
    static StrategyPhase current(List<StrategyPhase> phases) {
        for (StrategyPhase phase : phases) {
            if (phase.status == PhaseStatus.ONGOING) {
                return phase;
            }
        }
        StrategyPhase next = null;
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).status == PhaseStatus.DONE) {
                break;
            }
            next = phases.get(i);
        }
        return next;
    }

    @Transactional
    public PhaseDto addPhase(UUID agreementId, PhaseInput input) {
        Agreement agreement = manageable(agreementId);
        StrategyPhase phase = new StrategyPhase();
        phase.id = UUID.randomUUID();
        phase.agreement = agreement;
        phase.position = repository.nextPhasePosition(agreementId);
        apply(phase, input);
        changes.create(PHASE, phase, "Added phase " + phase.name);
        return dto(phase);
    }

    @Transactional
    public PhaseDto updatePhase(UUID agreementId, UUID phaseId, String ifMatch, PhaseInput input) {
        StrategyPhase phase = editPart(
                phaseParts, agreementId, phaseId, ifMatch, p -> apply(p, input), p -> "Updated phase " + p.name);
        return dto(phase);
    }

    @Transactional
    public PhaseDto changeStatus(UUID agreementId, UUID phaseId, String ifMatch, PhaseStatus target) {
        manageable(agreementId);
        StrategyPhase phase = phase(agreementId, phaseId);
        changes.changeStatus(
                PHASE.showing(p -> StrategyMapper.snapshot(p)),
                phase,
                ifMatch,
                p -> {
                    PhaseStatus next = PhaseStatus.LIFECYCLE.next(p, PhaseStatus.Action.toReach(target, p.status));
                    LocalDate today = Clocks.today(clock);
                    if (next == PhaseStatus.DONE) {
                        assertNoOpenCheckpoints(p);
                        if (p.actualEnd == null) {
                            p.actualEnd = today;
                        }
                    } else if (p.status == PhaseStatus.DONE) {
                        assertNotDecided(p);
                        p.actualEnd = null;
                    }
                    if (next == PhaseStatus.ONGOING && p.actualStart == null) {
                        p.actualStart = today;
                    }
                    p.status = next;
                },
                p -> "Phase " + p.name + " is " + p.status);
        return dto(phase);
    }

    /**
     * Completes an ongoing phase because a meeting decision says so (called in the decision's transaction): the same
     * rules as marking it done, dated the day of the meeting; the phase names the decision. Answers the phase's label.
     */
    @Transactional
    public String completeByDecision(UUID phaseId, DecidingMeeting meeting, String field) {
        StrategyPhase phase = repository
                .phase(phaseId)
                .filter(p -> policy.canRead(p.agreement))
                .orElseThrow(() -> ProblemException.invalid(field, text("strategy.no-phase-id", phaseId)));
        if (!Objects.equals(phase.agreement.countyCode(), meeting.countyCode())) {
            throw ProblemException.invalid(field, text("forum.agreement-of-county", meeting.countyCode()));
        }
        policy.assertCanManage(phase.agreement);
        changes.unguarded(
                PHASE,
                ChangeRecorder.STATUS_CHANGED,
                phase,
                p -> {
                    PhaseStatus next = PhaseStatus.LIFECYCLE.next(p, PhaseStatus.Action.COMPLETE);
                    assertNoOpenCheckpoints(p);
                    if (p.actualStart != null && meeting.date().isBefore(p.actualStart)) {
                        // A meeting held before the phase began did not decide that it is done.
                        throw ProblemException.ruleViolation(
                                "decision-before-phase-start",
                                text("strategy.decision-before-phase-start", p.name, p.actualStart));
                    }
                    if (p.actualEnd == null) {
                        p.actualEnd = meeting.date();
                    }
                    p.status = next;
                    p.completionDecisionId = meeting.decisionId();
                },
                p -> "Phase " + p.name + " is DONE by a decision of " + meeting.forumName() + " on " + meeting.date());
        return label(phase);
    }

    /** The phases a decision of the county's forum could complete now, for the caller (in the caller's read). */
    public List<StrategyPhase> completable(String countyCode) {
        return repository.ongoingPhases(countyCode).stream()
                .filter(p -> policy.canManage(p.agreement))
                .filter(p -> p.checkpoints.stream().allMatch(c -> c.done))
                .toList();
    }

    /** "Regional utvecklingsstrategi (RUS) Västerbotten 2018-2021: Förankring". */
    static String label(StrategyPhase phase) {
        return phase.agreement.title + ": " + phase.name;
    }

    private static void assertNoOpenCheckpoints(StrategyPhase p) {
        long open = p.checkpoints.stream().filter(c -> !c.done).count();
        if (open > 0) {
            throw ProblemException.ruleViolation("open-checkpoints", text("strategy.open-checkpoints", p.name, open));
        }
    }

    /** A phase a meeting decided to be done stays done: the decision that completed it is final. */
    private static void assertNotDecided(StrategyPhase p) {
        if (p.completionDecisionId != null) {
            throw ProblemException.ruleViolation(
                    "phase-completed-by-decision", text("strategy.phase-completed-by-decision", p.name));
        }
    }

    private Map<UUID, DecisionRef> decisions(List<StrategyPhase> phases) {
        List<UUID> ids = phases.stream()
                .map(p -> p.completionDecisionId)
                .filter(Objects::nonNull)
                .toList();
        return ids.isEmpty() ? Map.of() : directory.decisions(ids);
    }

    @Transactional
    public void removePhase(UUID agreementId, UUID phaseId, String ifMatch) {
        removePart(phaseParts, agreementId, phaseId, ifMatch, p -> "Removed phase " + p.name);
    }

    private PhaseDto dto(StrategyPhase phase) {
        return StrategyMapper.phase(phase, policy.permissions(phase, true), decisions(List.of(phase)));
    }

    private void apply(StrategyPhase phase, PhaseInput input) {
        FieldViolations violations = new FieldViolations();
        if (input.plannedStart() != null
                && input.plannedEnd() != null
                && input.plannedEnd().isBefore(input.plannedStart())) {
            violations.add("plannedEnd", text("strategy.end-before-start"));
        }
        if (input.actualStart() != null
                && input.actualEnd() != null
                && input.actualEnd().isBefore(input.actualStart())) {
            violations.add("actualEnd", text("strategy.end-before-start"));
        }
        LocalDate today = Clocks.today(clock);
        if (input.actualStart() != null && input.actualStart().isAfter(today)) {
            violations.add("actualStart", text("strategy.not-in-future"));
        }
        if (input.actualEnd() != null && input.actualEnd().isAfter(today)) {
            violations.add("actualEnd", text("strategy.not-in-future"));
        }
        if (input.ownerForumId() != null && input.ownerOrganisationId() != null) {
            violations.add("ownerOrganisationId", text("strategy.one-owner"));
        }
        var forum = input.ownerForumId() == null
                ? null
                : repository.forum(input.ownerForumId()).orElse(null);
        if (input.ownerForumId() != null && forum == null) {
            violations.add("ownerForumId", text("strategy.no-forum-id", input.ownerForumId()));
        }
        var organisation = input.ownerOrganisationId() == null
                ? null
                : repository.organisation(input.ownerOrganisationId()).orElse(null);
        if (input.ownerOrganisationId() != null && organisation == null) {
            violations.add("ownerOrganisationId", text("common.no-organisation-id", input.ownerOrganisationId()));
        }
        List<CheckpointInput> points = input.checkpoints() == null ? List.of() : input.checkpoints();
        for (int i = 0; i < points.size(); i++) {
            CheckpointInput point = points.get(i);
            if (point.doneOn() != null && !point.done()) {
                violations.add("checkpoints[" + i + "].doneOn", text("strategy.done-on-only-when-done"));
            } else if (point.doneOn() != null && point.doneOn().isAfter(today)) {
                violations.add("checkpoints[" + i + "].doneOn", text("strategy.not-in-future"));
            }
        }
        violations.throwIfAny();
        phase.name = input.name().trim();
        phase.description = blankToNull(input.description());
        phase.goal = blankToNull(input.goal());
        phase.plannedStart = input.plannedStart();
        phase.plannedEnd = input.plannedEnd();
        phase.actualStart = input.actualStart() != null ? input.actualStart() : phase.actualStart;
        phase.actualEnd = input.actualEnd() != null ? input.actualEnd() : phase.actualEnd;
        phase.ownerForum = forum;
        phase.ownerOrganisation = organisation;
        List<Checkpoint> before = List.copyOf(phase.checkpoints);
        phase.checkpoints.clear();
        for (CheckpointInput point : points) {
            LocalDate doneOn = point.doneOn();
            if (point.done() && doneOn == null) {
                // A point already done keeps its day; a point marked done now is done today.
                doneOn = before.stream()
                        .filter(c -> c.done && c.text.equals(point.text().trim()))
                        .map(c -> c.doneOn)
                        .findFirst()
                        .orElse(today);
            }
            phase.checkpoints.add(new Checkpoint(point.text().trim(), point.done(), point.done() ? doneOn : null));
        }
    }

    private StrategyPhase phase(UUID agreementId, UUID phaseId) {
        return partOf(
                agreementId, repository.phase(phaseId), p -> p.agreement, text("strategy.phase-not-found", phaseId));
    }
}
