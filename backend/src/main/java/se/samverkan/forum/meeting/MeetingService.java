package se.samverkan.forum.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.AgreementRepository;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.action.ActionItem;
import se.samverkan.forum.action.ActionItemDtos;
import se.samverkan.forum.action.ActionItemMapper;
import se.samverkan.forum.action.ActionItemRepository;
import se.samverkan.forum.meeting.MeetingDtos.AgendaItemDto;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingSummary;
import se.samverkan.forum.meeting.MeetingDtos.MinutesDto;
import se.samverkan.forum.meeting.MeetingDtos.MinutesItem;
import se.samverkan.forum.report.StatusReportDtos.StatusReportRef;
import se.samverkan.forum.report.StatusReportRepository;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/** Meetings with their agenda, minutes and decisions; the follow-up of open action items; iCal feeds. */
@ApplicationScoped
public class MeetingService {

    /** History subject of a meeting, its agenda items, decisions and minutes. */
    public static final String SUBJECT = "MEETING";

    private static final Audit<Meeting> MEETING =
            new Audit<>(m -> new ChangeRecorder.Subject(SUBJECT, m.id, "MEETING", m.id), MeetingMapper::snapshot);
    private static final Audit<Meeting> MINUTES =
            MEETING.showing(m -> Map.of("minutesPublished", String.valueOf(m.minutesPublished())));
    private static final Audit<AgendaItem> AGENDA_ITEM = new Audit<>(
            i -> new ChangeRecorder.Subject(SUBJECT, i.meeting.id, "AGENDA_ITEM", i.id), MeetingMapper::snapshot);
    private static final Audit<Decision> DECISION = new Audit<>(
            d -> new ChangeRecorder.Subject(SUBJECT, d.agendaItem.meeting.id, "DECISION", d.id),
            MeetingMapper::snapshot);

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @Inject
    MeetingRepository meetings;

    @Inject
    ForumService forumService;

    @Inject
    ForumPolicy policy;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    StatusReportRepository reports;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @ReadOnly
    @Transactional
    public List<MeetingSummary> list(UUID forumId, LocalDate from, LocalDate to) {
        Forum forum = forumService.find(forumId);
        boolean internal = policy.canReadInternal(forum);
        return meetings.ofForum(forumId, from, to).stream()
                .map(m -> MeetingMapper.summary(m, internal))
                .toList();
    }

    @ReadOnly
    @Transactional
    public MeetingDto get(UUID id) {
        return details(find(id));
    }

    @Transactional
    public MeetingDto create(UUID forumId, MeetingInput input) {
        Forum forum = forumService.findManageable(forumId);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.forum = forum;
        apply(meeting, input);
        changes.create(MEETING, meeting, "Planned meeting of " + forum.name + " on " + meeting.date);
        announcements.meetingScheduled(meeting.id, null);
        return details(meeting);
    }

    @Transactional
    public MeetingDto update(UUID id, String ifMatch, MeetingInput input) {
        Meeting meeting = findManageable(id);
        String scheduleBefore = announcements.meetingSchedule(id);
        changes.update(
                MEETING,
                meeting,
                ifMatch,
                m -> {
                    assertOpen(m);
                    apply(m, input);
                },
                m -> "Updated meeting of " + m.date);
        announcements.meetingScheduled(meeting.id, scheduleBefore);
        return details(meeting);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Meeting meeting = findManageable(id);
        changes.delete(
                MEETING,
                meeting,
                ifMatch,
                m -> {
                    MinutesState.LIFECYCLE.check(m, MinutesState.Action.DELETE);
                    if (actionItems.countHandedOutAt(id) > 0) {
                        throw ProblemException.ruleViolation(
                                "meeting-has-action-items",
                                "Action items were handed out at this meeting; close or cancel them instead of deleting the meeting");
                    }
                    if (reports.countLinkedToMeeting(id) > 0) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report",
                                "A status report is linked to a point of this meeting's agenda");
                    }
                    for (AgendaItem item : m.agenda) {
                        item.decisions.forEach(em::remove);
                        em.remove(item);
                    }
                    meetings.delete(m);
                },
                "Deleted meeting of " + meeting.date);
    }

    @ReadOnly
    @Transactional
    public MinutesDto minutes(UUID id) {
        Meeting meeting = find(id);
        policy.assertCanReadMinutes(meeting);
        return minutesOf(meeting);
    }

    /** Publishing makes the minutes, decisions and the items handed out public; published minutes are final. */
    @Transactional
    public MinutesDto publishMinutes(UUID id, String ifMatch) {
        Meeting meeting = findManageable(id);
        changes.changeStatus(
                MINUTES,
                meeting,
                ifMatch,
                m -> {
                    MinutesState.LIFECYCLE.check(m, MinutesState.Action.PUBLISH);
                    if (!m.hasBegun(clock)) {
                        throw ProblemException.ruleViolation(
                                "minutes-after-meeting",
                                "Minutes are published after the meeting, not before " + m.date);
                    }
                    if (m.agenda.stream().allMatch(i -> i.minutes == null && i.decisions.isEmpty())) {
                        throw ProblemException.ruleViolation(
                                "minutes-empty", "No point of the agenda has minutes or a decision yet");
                    }
                    m.minutesPublishedAt = Clocks.now(clock);
                    m.minutesPublishedBy = history.caller().name();
                },
                m -> "Published the minutes");
        announcements.minutesPublished(meeting.id);
        return minutesOf(meeting);
    }

    /** The history holds unpublished minutes, so it is for those who read the forum's internal work. */
    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        Meeting meeting = find(id);
        if (!policy.canReadInternal(meeting.forum)) {
            throw ProblemException.notFound("History of meeting", id);
        }
        return history.history(SUBJECT, id);
    }

    @ReadOnly
    @Transactional
    public String forumCalendar(UUID forumId) {
        Forum forum = forumService.find(forumId);
        boolean internal = policy.canReadInternal(forum);
        return ICalendar.calendar(
                forum.name,
                meetings.ofForum(forumId, null, null).stream()
                        .map(m -> event(m, internal))
                        .toList());
    }

    @ReadOnly
    @Transactional
    public String meetingCalendar(UUID id) {
        Meeting meeting = find(id);
        return ICalendar.calendar(meeting.forum.name, List.of(event(meeting, policy.canReadInternal(meeting.forum))));
    }

    // ---- agenda items -------------------------------------------------------------------------

    @Transactional
    public AgendaItemDto addAgendaItem(UUID meetingId, AgendaItemInput input) {
        Meeting meeting = findEditable(meetingId);
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meeting = meeting;
        apply(item, input, meeting.forum);
        // Placed before it is persisted, so that it is inserted as it is answered (version 0).
        place(meeting, item, input.position());
        changes.create(AGENDA_ITEM, item, "Added agenda item " + item.position + ". " + item.title);
        return agendaItem(item);
    }

    @Transactional
    public AgendaItemDto updateAgendaItem(UUID meetingId, UUID itemId, String ifMatch, AgendaItemInput input) {
        Meeting meeting = findEditable(meetingId);
        AgendaItem item = agendaItem(meeting, itemId);
        changes.update(
                AGENDA_ITEM,
                item,
                ifMatch,
                i -> {
                    if (input.kind() != AgendaItemKind.STATUS_REPORT
                            && reports.forAgendaItem(itemId).isPresent()) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report",
                                "A status report is linked to this point; it stays a STATUS_REPORT point");
                    }
                    apply(i, input, meeting.forum);
                    place(meeting, i, input.position() == null ? i.position : input.position());
                },
                i -> "Updated agenda item " + i.position + ". " + i.title);
        return agendaItem(item);
    }

    @Transactional
    public void removeAgendaItem(UUID meetingId, UUID itemId, String ifMatch) {
        Meeting meeting = findEditable(meetingId);
        AgendaItem item = agendaItem(meeting, itemId);
        changes.delete(
                AGENDA_ITEM,
                item,
                ifMatch,
                i -> {
                    if (actionItems.countForAgendaItem(itemId) > 0) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-action-items",
                                "Action items were handed out at this point; it stays on the agenda");
                    }
                    if (reports.forAgendaItem(itemId).isPresent()) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report", "A status report is linked to this point");
                    }
                    i.decisions.forEach(em::remove);
                    meeting.agenda.remove(i);
                    em.remove(i);
                    place(meeting, null, null);
                },
                "Removed agenda item " + item.title);
    }

    // ---- decisions ----------------------------------------------------------------------------

    @Transactional
    public DecisionDto addDecision(UUID meetingId, UUID itemId, DecisionInput input) {
        Meeting meeting = findEditable(meetingId);
        AgendaItem item = agendaItem(meeting, itemId);
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.agendaItem = item;
        decision.position =
                item.decisions.stream().mapToInt(d -> d.position).max().orElse(0) + 1;
        apply(decision, input, meeting.forum);
        changes.create(DECISION, decision, "Recorded a decision under " + item.title);
        item.decisions.add(decision);
        return MeetingMapper.decision(decision, agreementPolicy::canRead);
    }

    @Transactional
    public DecisionDto updateDecision(
            UUID meetingId, UUID itemId, UUID decisionId, String ifMatch, DecisionInput input) {
        Meeting meeting = findEditable(meetingId);
        Decision decision = decision(agendaItem(meeting, itemId), decisionId);
        changes.update(
                DECISION,
                decision,
                ifMatch,
                d -> apply(d, input, meeting.forum),
                d -> "Updated a decision under " + d.agendaItem.title);
        return MeetingMapper.decision(decision, agreementPolicy::canRead);
    }

    @Transactional
    public void removeDecision(UUID meetingId, UUID itemId, UUID decisionId, String ifMatch) {
        Meeting meeting = findEditable(meetingId);
        AgendaItem item = agendaItem(meeting, itemId);
        Decision decision = decision(item, decisionId);
        changes.delete(
                DECISION,
                decision,
                ifMatch,
                d -> {
                    item.decisions.remove(d);
                    em.remove(d);
                },
                "Removed a decision under " + item.title);
    }

    // ---- shared with the action item and status report services --------------------------------

    public Meeting find(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Meeting", id));
    }

    public AgendaItem agendaItem(Meeting meeting, UUID itemId) {
        return meeting.agenda.stream()
                .filter(i -> i.id.equals(itemId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Agenda item", itemId));
    }

    // ---- internals ----------------------------------------------------------------------------

    /** For changes of the agenda's points and decisions, which carry their own versions. */
    private Meeting findEditable(UUID id) {
        Meeting meeting = findManageable(id);
        assertOpen(meeting);
        return meeting;
    }

    private Meeting findManageable(UUID id) {
        Meeting meeting = find(id);
        policy.assertCanManage(meeting.forum);
        return meeting;
    }

    private static void assertOpen(Meeting meeting) {
        MinutesState.LIFECYCLE.check(meeting, MinutesState.Action.EDIT);
    }

    private MeetingDto details(Meeting m) {
        boolean manage = policy.canManage(m.forum);
        boolean internal = policy.canReadInternal(m.forum);
        var lifecycle = MinutesState.LIFECYCLE;
        var permissions = new MeetingDtos.Permissions(
                manage && lifecycle.allows(m, MinutesState.Action.EDIT),
                manage && lifecycle.allows(m, MinutesState.Action.DELETE),
                manage && lifecycle.allows(m, MinutesState.Action.PUBLISH) && m.hasBegun(clock),
                policy.canReadMinutes(m),
                manage);
        return new MeetingDto(
                m.id,
                ForumMapper.ref(m.forum),
                m.title,
                m.date,
                m.startTime,
                m.endTime,
                m.startsAt(),
                m.endsAt(),
                m.location,
                internal ? m.onlineUrl : null,
                m.minutesPublished(),
                m.minutesPublishedAt,
                m.minutesPublishedBy,
                agenda(m),
                followUp(m),
                m.version,
                m.createdAt,
                m.createdBy,
                m.updatedAt,
                m.updatedBy,
                permissions,
                ProvenanceDto.of(m.provenance));
    }

    /**
     * The forum's open and in-progress items that arrived before this meeting: handed out at an earlier meeting, or raised
     * into the forum before it began. Computed on every read, so an item leaves the list as soon as it is closed.
     */
    private List<ActionItemDtos.Summary> followUp(Meeting meeting) {
        LocalDate today = Clocks.today(clock);
        Instant start = meeting.startInstant();
        return actionItems.activeInForum(meeting.forum.id).stream()
                .filter(a -> a.meeting == null
                        ? a.createdAt.isBefore(start)
                        : !a.meeting.id.equals(meeting.id) && Meeting.CHRONOLOGICAL.compare(a.meeting, meeting) < 0)
                .filter(policy::canRead)
                .sorted(Comparator.comparing(ActionItem::arrivedAt).thenComparing(a -> a.createdAt))
                .map(a -> ActionItemMapper.summary(a, today))
                .toList();
    }

    private MinutesDto minutesOf(Meeting m) {
        LocalDate today = Clocks.today(clock);
        List<ActionItem> handedOut = actionItems.handedOutAt(m.id);
        List<MinutesItem> items = m.agenda.stream()
                .map(i -> new MinutesItem(
                        i.id,
                        i.position,
                        i.title,
                        i.kind,
                        i.minutes,
                        i.decisions.stream()
                                .map(d -> MeetingMapper.decision(d, agreementPolicy::canRead))
                                .toList(),
                        handedOut.stream()
                                .filter(a -> a.agendaItem.id.equals(i.id))
                                .filter(policy::canRead)
                                .map(a -> ActionItemMapper.summary(a, today))
                                .toList(),
                        i.version))
                .toList();
        return new MinutesDto(
                m.id,
                ForumMapper.ref(m.forum),
                m.title,
                m.date,
                m.minutesPublished(),
                m.minutesPublishedAt,
                m.minutesPublishedBy,
                MeetingMapper.attendees(m),
                items,
                m.version);
    }

    private AgendaItemDto agendaItem(AgendaItem item) {
        StatusReportRef report = reports.forAgendaItem(item.id)
                .filter(policy::canRead)
                .map(r -> new StatusReportRef(r.id, r.title, r.year, r.quarter, r.status))
                .orElse(null);
        return MeetingMapper.agendaItem(item, agreementPolicy::canRead, report);
    }

    /** The agenda with the status reports linked to its items, read in one statement rather than one per item. */
    private List<AgendaItemDto> agenda(Meeting m) {
        var linked = reports.forAgendaItemsOfMeeting(m.id);
        return m.agenda.stream()
                .map(item -> {
                    StatusReportRef report = java.util.Optional.ofNullable(linked.get(item.id))
                            .filter(policy::canRead)
                            .map(r -> new StatusReportRef(r.id, r.title, r.year, r.quarter, r.status))
                            .orElse(null);
                    return MeetingMapper.agendaItem(item, agreementPolicy::canRead, report);
                })
                .toList();
    }

    private static ICalendar.Event event(Meeting m, boolean internal) {
        String agenda = m.agenda.isEmpty()
                ? null
                : ForumMapper.numbered(m.agenda.stream().map(i -> i.title).toList());
        return new ICalendar.Event(
                "meeting-" + m.id + "@samverkan",
                m.updatedAt,
                m.version,
                m.date,
                m.startsAt(),
                m.endsAt(),
                m.title == null ? m.forum.name : m.forum.name + ": " + m.title,
                agenda,
                m.location,
                internal ? m.onlineUrl : null);
    }

    private static Decision decision(AgendaItem item, UUID decisionId) {
        return item.decisions.stream()
                .filter(d -> d.id.equals(decisionId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Decision", decisionId));
    }

    /** Puts the item at a 1-based position (the end when null; none to only renumber) and numbers the agenda 1..n. */
    private static void place(Meeting meeting, AgendaItem item, Integer position) {
        List<AgendaItem> order = new ArrayList<>(meeting.agenda);
        if (item != null) {
            order.remove(item);
            int index = position == null ? order.size() : Math.min(position, order.size() + 1) - 1;
            order.add(index, item);
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).position != i + 1) {
                order.get(i).position = i + 1;
            }
        }
        meeting.agenda.clear();
        meeting.agenda.addAll(order);
    }

    private void apply(Meeting meeting, MeetingInput input) {
        FieldViolations violations = new FieldViolations();
        if (input.endTime() != null) {
            if (input.startTime() == null) {
                violations.add("endTime", "is given only with startTime");
            } else if (!input.endTime().isAfter(input.startTime())) {
                violations.add("endTime", "must be after startTime");
            }
        }
        List<Attendee> attendees = new ArrayList<>();
        if (input.attendees() != null) {
            for (int i = 0; i < input.attendees().size(); i++) {
                AttendeeInput attendee = input.attendees().get(i);
                Organisation organisation = null;
                if (attendee.organisationId() != null) {
                    organisation = organisations.findById(attendee.organisationId());
                    if (organisation == null) {
                        violations.add(
                                "attendees[" + i + "].organisationId",
                                "no organisation has the id " + attendee.organisationId());
                    }
                } else if (ForumMapper.blankToNull(attendee.name()) == null) {
                    violations.add("attendees[" + i + "]", "needs a name or an organisation");
                }
                attendees.add(new Attendee(
                        organisation,
                        ForumMapper.blankToNull(attendee.name()),
                        ForumMapper.blankToNull(attendee.title())));
            }
        }
        violations.throwIfAny();
        meeting.title = ForumMapper.blankToNull(input.title());
        meeting.date = input.date();
        meeting.startTime = input.startTime();
        meeting.endTime = input.endTime();
        meeting.location = ForumMapper.blankToNull(input.location());
        meeting.onlineUrl = ForumMapper.blankToNull(input.onlineUrl());
        meeting.attendees.clear();
        meeting.attendees.addAll(attendees);
    }

    private void apply(AgendaItem item, AgendaItemInput input, Forum forum) {
        FieldViolations violations = new FieldViolations();
        Links links = links(forum, input.agreementId(), input.goalAreaId(), violations);
        if (input.kind() == AgendaItemKind.STANDING_FOLLOW_UP
                && input.agreementId() == null
                && input.goalAreaId() == null) {
            violations.add("agreementId", "is required for a standing follow-up of an agreement or strategy");
        }
        violations.throwIfAny();
        item.title = input.title().trim();
        item.kind = input.kind();
        item.description = ForumMapper.blankToNull(input.description());
        item.presenter = ForumMapper.blankToNull(input.presenter());
        item.agreement = links.agreement();
        item.goalArea = links.goalArea();
        item.minutes = ForumMapper.blankToNull(input.minutes());
    }

    private void apply(Decision decision, DecisionInput input, Forum forum) {
        FieldViolations violations = new FieldViolations();
        Links links = links(forum, input.agreementId(), input.goalAreaId(), violations);
        switch (input.subject()) {
            case YEARLY_PRIORITY -> {
                if (input.goalAreaId() == null) {
                    violations.add("goalAreaId", "is required for a yearly priority");
                }
                if (input.year() == null) {
                    violations.add("year", "is required for a yearly priority");
                }
            }
            case STRATEGY, AGREEMENT -> {
                if (input.agreementId() == null && input.goalAreaId() == null) {
                    violations.add("agreementId", "is required when the decision is about a strategy or an agreement");
                }
            }
            default -> {}
        }
        if (input.year() != null && input.subject() != DecisionSubject.YEARLY_PRIORITY) {
            violations.add("year", "is given only for a yearly priority");
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

    private record Links(Agreement agreement, GoalArea goalArea) {}

    /** An agreement (and goal area) the caller may see, of the forum's county; the agreement follows from a goal area. */
    private Links links(Forum forum, UUID agreementId, UUID goalAreaId, FieldViolations violations) {
        GoalArea goalArea = null;
        if (goalAreaId != null) {
            goalArea = em.find(GoalArea.class, goalAreaId);
            if (goalArea == null || !agreementPolicy.canRead(goalArea.agreement)) {
                violations.add("goalAreaId", "no goal area has the id " + goalAreaId);
                goalArea = null;
            } else if (agreementId != null && !goalArea.agreement.id.equals(agreementId)) {
                violations.add("goalAreaId", "is not a goal area of agreement " + agreementId);
            }
        }
        Agreement agreement = goalArea == null ? null : goalArea.agreement;
        String field = goalArea == null ? "agreementId" : "goalAreaId";
        if (agreementId != null && agreement == null) {
            agreement = agreements.findById(agreementId);
            if (agreement == null || !agreementPolicy.canRead(agreement)) {
                violations.add("agreementId", "no agreement has the id " + agreementId);
                agreement = null;
            }
        }
        if (agreement != null && forum.county != null && !agreement.countyCode().equals(forum.countyCode())) {
            violations.add(field, "must be an agreement of county " + forum.countyCode());
        }
        return new Links(agreement, goalArea);
    }
}
