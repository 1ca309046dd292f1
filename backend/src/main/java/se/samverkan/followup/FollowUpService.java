package se.samverkan.followup;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.GoalAreaNumbers;
import se.samverkan.agreement.ResponsibilityKind;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.followup.FollowUpDtos.BoardDto;
import se.samverkan.followup.FollowUpDtos.MyTaskDto;
import se.samverkan.followup.FollowUpDtos.RoundDto;
import se.samverkan.followup.FollowUpDtos.RoundSummary;
import se.samverkan.followup.FollowUpDtos.StateCounts;
import se.samverkan.followup.FollowUpDtos.TaskDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.organisation.OrganisationRepository;

/** The round: opened by the coordinator with one task per responsible organisation and goal area, compiled, approved. */
@ApplicationScoped
public class FollowUpService {

    static final String SUBJECT = "FOLLOW_UP_ROUND";
    static final String ROUND = "ROUND";
    static final String ASSESSMENT = "ASSESSMENT";
    /** Tasks in document order of their goal area (by number), then by organisation. */
    static final Comparator<Assessment> TASK_ORDER = Comparator.comparing(
                    (Assessment a) -> a.goalArea.number, java.util.Comparator.nullsLast(GoalAreaNumbers.DOCUMENT_ORDER))
            .thenComparing(a -> a.organisation == null ? "" : a.organisation.name);

    /** {@link #TASK_ORDER} for the board's rows. */
    private static final Comparator<FollowUpRoundRepository.BoardTask> BOARD_ORDER = Comparator.comparing(
                    (FollowUpRoundRepository.BoardTask t) ->
                            t.goalArea() == null ? null : t.goalArea().number(),
                    Comparator.nullsLast(GoalAreaNumbers.DOCUMENT_ORDER))
            .thenComparing(t -> t.organisation() == null ? "" : t.organisation().name());

    private static final Audit<FollowUpRound> ROUND_AUDIT =
            new Audit<>(r -> new ChangeRecorder.Subject(SUBJECT, r.id, ROUND, r.id), FollowUpMapper::snapshot);

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @Inject
    FollowUpRoundRepository rounds;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementService agreementService;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FollowUpPolicy policy;

    @Inject
    se.samverkan.common.decision.DecisionDirectory directory;

    @Inject
    ActingOrganisations acting;

    @Inject
    ChangeRecorder history;

    @ReadOnly
    @Transactional
    public List<RoundSummary> list(UUID agreementId) {
        Agreement agreement = agreement(agreementId);
        policy.assertCanReadAgreement(agreement);
        return rounds.ofAgreement(agreement.id).stream()
                .filter(policy::canRead)
                .map(FollowUpMapper::summary)
                .toList();
    }

    /**
     * Opens the round: one task per goal area and organisation that is RESPONSIBLE for it; "övriga undertecknande
     * parter" count as the signatories they stand for, and an organisation responsible at several levels gets one task.
     */
    @Transactional
    public RoundDto open(UUID agreementId, RoundInput input) {
        Agreement agreement = agreement(agreementId);
        policy.assertCanOpenRound(agreement);
        if (agreement.status != AgreementStatus.ADOPTED && agreement.status != AgreementStatus.EXPIRED) {
            throw ProblemException.ruleViolation(
                    "round-needs-adopted-agreement", text("followup.round-needs-adopted-agreement", agreement.status));
        }
        if (input.year() < agreement.firstYear || input.year() > agreement.lastYear) {
            throw ProblemException.invalid(
                    "year", text("common.within-agreement-period", agreement.firstYear, agreement.lastYear));
        }
        if (rounds.ofAgreementAndYear(agreement.id, input.year()).isPresent()) {
            throw ProblemException.ruleViolation(
                    "one-round-per-year",
                    text("followup.one-round-per-year", input.year()),
                    "year",
                    text("common.already-follow-up-round-agreement"));
        }
        Map<UUID, Set<UUID>> responsible = responsibleOrganisations(agreementService.get(agreement.id));
        if (responsible.isEmpty()) {
            throw ProblemException.ruleViolation(
                    "round-needs-responsible-parties", text("followup.round-needs-responsible-parties"));
        }
        FollowUpRound round = new FollowUpRound();
        round.id = UUID.randomUUID();
        round.agreement = agreement;
        round.year = input.year();
        round.deadline = input.deadline();
        round.status = RoundStatus.OPEN;
        int tasks = responsible.values().stream().mapToInt(Set::size).sum();
        changes.create(ROUND_AUDIT, round, "Opened the follow-up of " + round.year + " with " + tasks + " tasks");
        String actor = history.caller().name();
        responsible.forEach((goalAreaId, organisationIds) -> {
            GoalArea goalArea = agreement.goalAreas.stream()
                    .filter(g -> g.id.equals(goalAreaId))
                    .findFirst()
                    .orElseThrow();
            organisationIds.forEach(organisationId -> {
                Assessment assessment = new Assessment();
                assessment.id = UUID.randomUUID();
                assessment.round = round;
                assessment.goalArea = goalArea;
                assessment.organisation = organisations.findById(organisationId);
                assessment.state = AssessmentState.NOT_STARTED;
                assessment.stampCreated(actor, Clocks.now(clock));
                assessments.persist(assessment);
                round.assessments.add(assessment);
            });
        });
        rounds.flush();
        announcements.followUpOpened(round.id);
        return details(round);
    }

    @ReadOnly
    @Transactional
    public RoundDto get(UUID id) {
        return details(readable(id));
    }

    @Transactional
    public RoundDto changeDeadline(UUID id, String ifMatch, DeadlineInput input) {
        FollowUpRound round = manageable(id);
        changes.update(
                ROUND_AUDIT,
                round,
                ifMatch,
                r -> RoundStatus.LIFECYCLE.check(r, RoundStatus.Action.EDIT),
                r -> r.deadline = input.deadline(),
                r -> "Deadline " + r.deadline);
        return details(round);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        FollowUpRound round = manageable(id);
        changes.delete(
                ROUND_AUDIT,
                round,
                ifMatch,
                r -> RoundStatus.LIFECYCLE.check(r, RoundStatus.Action.DELETE),
                r -> {
                    if (r.assessments.stream().anyMatch(a -> a.state != AssessmentState.NOT_STARTED)) {
                        throw ProblemException.ruleViolation("round-has-work", text("followup.round-has-work"));
                    }
                    r.assessments.forEach(assessments::delete);
                    rounds.delete(r);
                },
                "Deleted the unstarted follow-up of " + round.year);
    }

    @Transactional
    public RoundDto compile(UUID id, String ifMatch, CompileInput input) {
        FollowUpRound round = manageable(id);
        changes.update(
                ROUND_AUDIT,
                round,
                ifMatch,
                r -> {
                    RoundStatus next = RoundStatus.LIFECYCLE.next(r, RoundStatus.Action.COMPILE);
                    long pending = r.assessments.stream()
                            .filter(a -> a.state != AssessmentState.ACCEPTED)
                            .count();
                    if (pending > 0) {
                        throw ProblemException.ruleViolation(
                                "compile-needs-all-accepted",
                                text("followup.compile-needs-all-accepted", pending, r.assessments.size()));
                    }
                    r.status = next;
                    r.summary = input.summary().trim();
                    r.compiledAt = Clocks.now(clock);
                    r.compiledBy = history.caller().name();
                },
                r -> "Compiled the report of " + r.year);
        return details(round);
    }

    @Transactional
    public RoundDto approve(UUID id, String ifMatch, ApprovalInput input) {
        FollowUpRound round = manageable(id);
        changes.update(
                ROUND_AUDIT,
                round,
                ifMatch,
                r -> {
                    r.status = RoundStatus.LIFECYCLE.next(r, RoundStatus.Action.APPROVE);
                    r.approvedBy = input.approvedBy().trim();
                    r.approvedOn = input.approvedOn();
                },
                r -> "Approved by " + r.approvedBy + " on " + r.approvedOn);
        return details(round);
    }

    /**
     * Approves the compiled round because a meeting decision says so: the forum's name and the meeting's date become
     * the approval, linked to the decision; no If-Match of its own (the decision is the request).
     */
    String approveByDecision(UUID id, se.samverkan.common.decision.DecidingMeeting meeting, String field) {
        FollowUpRound round = rounds.findByIdOptional(id)
                .filter(policy::canRead)
                .orElseThrow(() -> ProblemException.invalid(field, text("followup.no-round-id", id)));
        policy.assertCanManage(round);
        if (!java.util.Objects.equals(round.agreement.countyCode(), meeting.countyCode())) {
            throw ProblemException.invalid(field, text("forum.agreement-of-county", meeting.countyCode()));
        }
        changes.unguarded(
                ROUND_AUDIT,
                se.samverkan.history.ChangeRecorder.STATUS_CHANGED,
                round,
                r -> {
                    r.status = RoundStatus.LIFECYCLE.next(r, RoundStatus.Action.APPROVE);
                    r.approvedBy = meeting.forumName();
                    r.approvedOn = meeting.date();
                    r.approvalDecisionId = meeting.decisionId();
                },
                r -> "Approved by " + r.approvedBy + " on " + r.approvedOn + " by a meeting decision");
        return round.agreement.title + ", " + round.year;
    }

    /**
     * The board from one statement of rows (the round, its agreement's facts and its tasks with their goal areas and
     * organisations), no entities (issue 20). Whoever runs the round sees it; for anyone else the entity path decides,
     * with the same texts as every other operation on a round, between 404 and 403.
     */
    @ReadOnly
    @Transactional
    public BoardDto board(UUID id) {
        FollowUpRoundRepository.BoardRound round = rounds.onBoard(id)
                .filter(policy::canManage)
                .orElseGet(() -> {
                    // Not found or not visible (404), visible but not the caller's to run (403); should the round have
                    // changed between the two reads and the entity path let the caller in, the board is read again.
                    manageable(id);
                    return rounds.onBoard(id)
                            .orElseThrow(() -> ProblemException.notFound(text("follow-up-round.not-found", id)));
                });
        LocalDate today = Clocks.today(clock);
        List<TaskDto> tasks = round.tasks().stream()
                .sorted(BOARD_ORDER)
                .map(t -> new TaskDto(
                        t.id(),
                        t.goalArea(),
                        t.organisation(),
                        t.state(),
                        t.status(),
                        t.submittedAt(),
                        FollowUpRound.isOverdue(round.deadline(), t.state(), today)))
                .toList();
        Map<AssessmentState, Long> counts = new EnumMap<>(AssessmentState.class);
        tasks.forEach(t -> counts.merge(t.state(), 1L, Long::sum));
        return new BoardDto(
                round.id(),
                round.year(),
                round.deadline(),
                round.status(),
                tasks,
                new StateCounts(
                        counts.getOrDefault(AssessmentState.NOT_STARTED, 0L),
                        counts.getOrDefault(AssessmentState.DRAFT, 0L),
                        counts.getOrDefault(AssessmentState.SUBMITTED, 0L),
                        counts.getOrDefault(AssessmentState.RETURNED, 0L),
                        counts.getOrDefault(AssessmentState.ACCEPTED, 0L)),
                tasks.stream().filter(TaskDto::overdue).count(),
                tasks.size());
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        FollowUpRound round = manageable(id);
        return history.history(SUBJECT, round.id);
    }

    /** The tasks of the caller's organisation and its sub-units, across rounds. */
    @ReadOnly
    @Transactional
    public List<MyTaskDto> mine() {
        LocalDate today = Clocks.today(clock);
        return assessments.ofOrganisations(acting.ids()).stream()
                .map(a -> new MyTaskDto(
                        a.round.id,
                        FollowUpMapper.agreement(a.round.agreement),
                        a.round.year,
                        a.round.deadline,
                        a.round.status,
                        FollowUpMapper.task(a, today)))
                .toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    static Map<UUID, Set<UUID>> responsibleOrganisations(AgreementDto agreement) {
        Map<UUID, Set<UUID>> responsible = new LinkedHashMap<>();
        agreement.goalAreas().forEach(goalArea -> goalArea.responsibilities().stream()
                .filter(r -> r.kind() == ResponsibilityKind.RESPONSIBLE)
                .flatMap(r -> r.coveredOrganisations().stream())
                .forEach(o -> responsible
                        .computeIfAbsent(goalArea.id(), k -> new LinkedHashSet<>())
                        .add(o.id())));
        return responsible;
    }

    RoundDto details(FollowUpRound round) {
        boolean all = policy.canManage(round.agreement) || policy.canReadReport(round);
        LocalDate today = Clocks.today(clock);
        List<TaskDto> tasks = round.assessments.stream()
                .filter(a -> all || policy.canWrite(a))
                .sorted(TASK_ORDER)
                .map(a -> FollowUpMapper.task(a, today))
                .toList();
        var approval = round.approvalDecisionId == null
                ? null
                : se.samverkan.common.decision.DecisionLinkDto.of(
                        directory.decisions(List.of(round.approvalDecisionId)).get(round.approvalDecisionId));
        return FollowUpMapper.round(round, tasks, policy.permissions(round), approval);
    }

    FollowUpRound readable(UUID id) {
        return Found.checked(rounds.findByIdOptional(id), text("follow-up-round.not-found", id), policy::assertCanRead);
    }

    FollowUpRound manageable(UUID id) {
        return Found.checked(readable(id), policy::assertCanManage);
    }

    private Agreement agreement(UUID agreementId) {
        return agreements
                .findByIdOptional(agreementId)
                .orElseThrow(() -> ProblemException.notFound(text("agreement.not-found", agreementId)));
    }
}
