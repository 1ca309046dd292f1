package se.samverkan.forum.meeting;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.AgendaItemKind;
import se.samverkan.forum.AgendaPoint;
import se.samverkan.forum.Decision;
import se.samverkan.forum.DecisionSubject;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.StatusReportRepository;
import se.samverkan.forum.meeting.MeetingDtos.AgendaItemDto;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;

/** A meeting's agenda and the decisions under its points, changed while the minutes are unpublished. */
@ApplicationScoped
public class AgendaService {

    @Inject
    MeetingService meetingService;

    private static final Audit<AgendaItem> AGENDA_ITEM = new Audit<>(
            i -> new ChangeRecorder.Subject(MeetingService.SUBJECT, i.meeting.id, "AGENDA_ITEM", i.id),
            MeetingMapper::snapshot);
    private static final Audit<Decision> DECISION = new Audit<>(
            d -> new ChangeRecorder.Subject(MeetingService.SUBJECT, d.agendaItem.meeting.id, "DECISION", d.id),
            MeetingMapper::snapshot);

    @Inject
    AuditedChanges changes;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    StatusReportRepository reports;

    @Inject
    EntityManager em;

    @Inject
    DecisionEffects effects;

    // ---- agenda items -------------------------------------------------------------------------

    @Transactional
    public AgendaItemDto addAgendaItem(UUID meetingId, AgendaItemInput input) {
        Meeting meeting = meetingService.findEditable(meetingId);
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meeting = meeting;
        apply(item, input, meeting.forum);
        // Placed before it is persisted, so that it is inserted as it is answered (version 0).
        place(meeting, item, input.position());
        changes.create(AGENDA_ITEM, item, "Added agenda item " + item.position + ". " + item.title);
        return meetingService.agendaItem(item);
    }

    @Transactional
    public AgendaItemDto updateAgendaItem(UUID meetingId, UUID itemId, String ifMatch, AgendaItemInput input) {
        Meeting meeting = meetingService.findEditable(meetingId);
        AgendaItem item = meeting.agendaItem(itemId);
        changes.update(
                AGENDA_ITEM,
                item,
                ifMatch,
                i -> {
                    if (input.kind() != AgendaItemKind.STATUS_REPORT
                            && reports.forAgendaItem(itemId).isPresent()) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report", text("forum.agenda-item-has-status-report"));
                    }
                    apply(i, input, meeting.forum);
                    place(meeting, i, input.position() == null ? i.position : input.position());
                },
                i -> "Updated agenda item " + i.position + ". " + i.title);
        return meetingService.agendaItem(item);
    }

    @Transactional
    public void removeAgendaItem(UUID meetingId, UUID itemId, String ifMatch) {
        Meeting meeting = meetingService.findEditable(meetingId);
        AgendaItem item = meeting.agendaItem(itemId);
        changes.delete(
                AGENDA_ITEM,
                item,
                ifMatch,
                i -> {
                    if (actionItems.countForAgendaItem(itemId) > 0) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-action-items", text("forum.agenda-item-has-action-items"));
                    }
                    if (reports.forAgendaItem(itemId).isPresent()) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report", text("forum.point-has-status-report"));
                    }
                    i.decisions.forEach(DecisionEffects::assertRemovable);
                    i.decisions.forEach(em::remove);
                    meeting.agenda.remove(i);
                    em.remove(i);
                    place(meeting, null, null);
                },
                "Removed agenda item " + item.title);
    }

    // ---- decisions ----------------------------------------------------------------------------

    /** What a decision of this meeting could take effect on now: for those who prepare the meeting. */
    @se.samverkan.common.persistence.ReadOnly
    @Transactional
    public List<MeetingDtos.DecisionCandidateDto> decisionCandidates(UUID meetingId) {
        Meeting meeting = meetingService.findPreparable(meetingId);
        return effects.candidates(meeting);
    }

    @Transactional
    public DecisionDto addDecision(UUID meetingId, UUID itemId, DecisionInput input) {
        Meeting meeting = meetingService.findEditable(meetingId);
        AgendaItem item = meeting.agendaItem(itemId);
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.agendaItem = item;
        decision.position =
                item.decisions.stream().mapToInt(d -> d.position).max().orElse(0) + 1;
        apply(decision, input, meeting.forum);
        effects.check(meeting, decision, input.effects());
        changes.create(DECISION, decision, "Recorded a decision under " + item.title);
        item.decisions.add(decision);
        effects.apply(meeting, decision, input.effects());
        return effects.dto(decision);
    }

    @Transactional
    public DecisionDto updateDecision(
            UUID meetingId, UUID itemId, UUID decisionId, String ifMatch, DecisionInput input) {
        Meeting meeting = meetingService.findEditable(meetingId);
        Decision decision = decision(meeting.agendaItem(itemId), decisionId);
        changes.update(
                DECISION,
                decision,
                ifMatch,
                d -> {
                    effects.checkUpdate(decision, input);
                    apply(d, input, meeting.forum);
                    effects.check(meeting, d, input.effects());
                },
                d -> "Updated a decision under " + d.agendaItem.title);
        effects.apply(meeting, decision, input.effects());
        return effects.dto(decision);
    }

    @Transactional
    public void removeDecision(UUID meetingId, UUID itemId, UUID decisionId, String ifMatch) {
        Meeting meeting = meetingService.findEditable(meetingId);
        AgendaItem item = meeting.agendaItem(itemId);
        Decision decision = decision(item, decisionId);
        changes.delete(
                DECISION,
                decision,
                ifMatch,
                d -> {
                    DecisionEffects.assertRemovable(d);
                    item.decisions.remove(d);
                    em.remove(d);
                },
                "Removed a decision under " + item.title);
    }

    private static Decision decision(AgendaItem item, UUID decisionId) {
        return item.decisions.stream()
                .filter(d -> d.id.equals(decisionId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("decision.not-found", decisionId)));
    }

    /** Puts the item at a 1-based position (the end when null; none to only renumber) and numbers the agenda 1..n. */
    private static void place(Meeting meeting, AgendaItem item, Integer position) {
        List<AgendaItem> order = new ArrayList<>(meeting.agenda);
        Positions.place(order, item, position);
        meeting.agenda.clear();
        meeting.agenda.addAll(order);
    }

    private void apply(AgendaItem item, AgendaItemInput input, Forum forum) {
        applyPoint(
                item, forum, input.title(), input.kind(), input.description(), input.agreementId(), input.goalAreaId());
        item.presenter = ForumMapper.blankToNull(input.presenter());
        item.minutes = ForumMapper.blankToNull(input.minutes());
    }

    private void apply(Decision decision, DecisionInput input, Forum forum) {
        FieldViolations violations = new FieldViolations();
        Links links = links(forum, input.agreementId(), input.goalAreaId(), violations);
        // A decision that takes effect names its subjects there; the descriptive links are then optional.
        boolean takesEffect = input.effects() != null && !input.effects().isEmpty();
        switch (takesEffect ? DecisionSubject.OTHER : input.subject()) {
            case YEARLY_PRIORITY -> {
                if (input.goalAreaId() == null) {
                    violations.add("goalAreaId", text("forum.required-yearly-priority"));
                }
                if (input.year() == null) {
                    violations.add("year", text("forum.required-yearly-priority"));
                }
            }
            case STRATEGY, AGREEMENT -> {
                if (input.agreementId() == null && input.goalAreaId() == null) {
                    violations.add("agreementId", text("forum.required-when-decision-about-strategy"));
                }
            }
            default -> {}
        }
        if (input.year() != null && input.subject() != DecisionSubject.YEARLY_PRIORITY) {
            violations.add("year", text("forum.given-yearly-priority"));
        }
        violations.throwIfAny();
        decision.text = input.text().trim();
        decision.outcome = input.outcome();
        decision.subject = input.subject();
        decision.agreement = links.agreement();
        decision.goalArea = links.goalArea();
        decision.year = input.year();
        decision.caseNumber = input.caseNumber() == null || input.caseNumber().isBlank()
                ? null
                : input.caseNumber().strip();
    }

    record Links(Agreement agreement, GoalArea goalArea) {}

    /**
     * What every agenda point (on a meeting's agenda or a forum's standing one) takes from its input: the title, kind
     * and description, and the links {@link #links} allows; a standing follow-up names what it follows up. Throws
     * naming the fields otherwise, before anything is set.
     */
    void applyPoint(
            AgendaPoint point,
            Forum forum,
            String title,
            AgendaItemKind kind,
            String description,
            UUID agreementId,
            UUID goalAreaId) {
        FieldViolations violations = new FieldViolations();
        Links links = links(forum, agreementId, goalAreaId, violations);
        if (kind == AgendaItemKind.STANDING_FOLLOW_UP && agreementId == null && goalAreaId == null) {
            violations.add("agreementId", text("forum.required-standing-follow-up-agreement"));
        }
        violations.throwIfAny();
        point.title = title.trim();
        point.kind = kind;
        point.description = ForumMapper.blankToNull(description);
        point.agreement = links.agreement();
        point.goalArea = links.goalArea();
    }

    /** An agreement (and goal area) the caller may see, of the forum's county; the agreement follows from a goal area. */
    Links links(Forum forum, UUID agreementId, UUID goalAreaId, FieldViolations violations) {
        GoalArea goalArea = null;
        if (goalAreaId != null) {
            goalArea = em.find(GoalArea.class, goalAreaId);
            if (goalArea == null || !agreementPolicy.canRead(goalArea.agreement)) {
                violations.add("goalAreaId", text("common.no-goal-area-id", goalAreaId));
                goalArea = null;
            } else if (agreementId != null && !goalArea.agreement.id.equals(agreementId)) {
                violations.add("goalAreaId", text("forum.goal-area-agreement", agreementId));
            }
        }
        Agreement agreement = goalArea == null ? null : goalArea.agreement;
        String field = goalArea == null ? "agreementId" : "goalAreaId";
        if (agreementId != null && agreement == null) {
            agreement = agreements.findById(agreementId);
            if (agreement == null || !agreementPolicy.canRead(agreement)) {
                violations.add("agreementId", text("common.no-agreement-id", agreementId));
                agreement = null;
            }
        }
        if (agreement != null && forum.county != null && !agreement.countyCode().equals(forum.countyCode())) {
            violations.add(field, text("forum.agreement-of-county", forum.countyCode()));
        }
        return new Links(agreement, goalArea);
    }
}
