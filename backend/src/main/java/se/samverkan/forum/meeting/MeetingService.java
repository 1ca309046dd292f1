package se.samverkan.forum.meeting;

import static se.samverkan.common.problem.Text.text;

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
import java.util.UUID;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Attendee;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.MeetingRepository;
import se.samverkan.forum.MinutesState;
import se.samverkan.forum.StatusReportRepository;
import se.samverkan.forum.action.ActionItemDtos;
import se.samverkan.forum.action.ActionItemMapper;
import se.samverkan.forum.meeting.MeetingDtos.AgendaItemDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingSummary;
import se.samverkan.forum.report.StatusReportDtos.StatusReportRef;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;

/**
 * Meetings: planning, moving and deleting them, their view with the agenda and the open action items to follow up, the
 * history and the iCal feeds. The agenda and decisions are in {@link AgendaService}, the minutes in {@link MinutesService}.
 */
@ApplicationScoped
public class MeetingService {

    /** History subject of a meeting, its agenda items, decisions and minutes. */
    public static final String SUBJECT = "MEETING";

    static final Audit<Meeting> MEETING =
            new Audit<>(m -> new ChangeRecorder.Subject(SUBJECT, m.id, "MEETING", m.id), MeetingMapper::snapshot);

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
    AgreementPolicy agreementPolicy;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    StatusReportRepository reports;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    StandingItemService standingItems;

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
        return details(meetings.getWithForum(id));
    }

    @Inject
    KeptJson kept;

    @Inject
    CurrentUser user;

    /** What the public's kept view of a meeting depends on besides the data: the meeting and today (overdue items). */
    private record PublicMeetingKey(UUID id, LocalDate today) {}

    /**
     * {@link #get} with its JSON. The public's view, the same for every anonymous reader, is kept while nothing it shows
     * changes (KeptJson); a signed-in caller's (permissions, internal details) is built per request.
     */
    public KeptJson.Json<MeetingDto> getJson(UUID id) {
        if (user.isAuthenticated()) {
            return kept.read(() -> kept.unkept(get(id)));
        }
        // No transaction unless it is built (KeptJson).
        return kept.get(new PublicMeetingKey(id, Clocks.today(clock)), kept.version(), () -> get(id));
    }

    @Transactional
    public MeetingDto create(UUID forumId, MeetingInput input) {
        Forum forum = forumService.findManageable(forumId);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.forum = forum;
        apply(meeting, input);
        changes.create(MEETING, meeting, "Planned meeting of " + forum.name + " on " + meeting.date);
        standingItems.copyInto(meeting);
        announcements.meetingScheduled(meeting.id, null);
        return details(meeting);
    }

    @Transactional
    public MeetingDto update(UUID id, String ifMatch, MeetingInput input) {
        Meeting meeting = findPreparable(id);
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
                                "meeting-has-action-items", text("forum.meeting-has-action-items"));
                    }
                    if (reports.countLinkedToMeeting(id) > 0) {
                        throw ProblemException.ruleViolation(
                                "agenda-item-has-status-report", text("forum.meeting-point-has-status-report"));
                    }
                    for (AgendaItem item : m.agenda) {
                        item.decisions.forEach(DecisionEffects::assertRemovable);
                    }
                    for (AgendaItem item : m.agenda) {
                        item.decisions.forEach(em::remove);
                        em.remove(item);
                    }
                    meetings.delete(m);
                },
                "Deleted meeting of " + meeting.date);
    }

    /** The history holds unpublished minutes, so it is for those who read the forum's internal work. */
    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        policy.assertCanReadInternalHistory(find(id).forum, text("history-meeting.not-found", id));
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

    // ---- shared with the action item and status report services --------------------------------

    public Meeting find(UUID id) {
        return meetings.get(id);
    }

    public AgendaItem agendaItem(Meeting meeting, UUID itemId) {
        return meeting.agendaItem(itemId);
    }

    // ---- internals ----------------------------------------------------------------------------

    /** For changes of the agenda's points and decisions, which carry their own versions. */
    Meeting findEditable(UUID id) {
        Meeting meeting = findPreparable(id);
        assertOpen(meeting);
        return meeting;
    }

    /** Preparing a meeting (its details, agenda, papers, draft minutes): managers and the forum's editors. */
    Meeting findPreparable(UUID id) {
        Meeting meeting = find(id);
        policy.assertCanPrepare(meeting.forum);
        return meeting;
    }

    Meeting findManageable(UUID id) {
        Meeting meeting = find(id);
        policy.assertCanManage(meeting.forum);
        return meeting;
    }

    private static void assertOpen(Meeting meeting) {
        MinutesState.LIFECYCLE.check(meeting, MinutesState.Action.EDIT);
    }

    private MeetingDto details(Meeting m) {
        boolean manage = policy.canManage(m.forum);
        boolean prepare = policy.canPrepare(m.forum);
        boolean internal = policy.canReadInternal(m.forum);
        var lifecycle = MinutesState.LIFECYCLE;
        var permissions = new MeetingDtos.Permissions(
                prepare && lifecycle.allows(m, MinutesState.Action.EDIT),
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
        // Rows, not entities, and only those the caller may see (the policy's rule as a query condition).
        return actionItems.activeRowsInForum(meeting.forum.id, policy.visibility(), today).stream()
                .filter(a -> a.meetingId() == null
                        ? a.createdAt().isBefore(start)
                        : !a.meetingId().equals(meeting.id) && isBefore(a, meeting))
                .sorted(Comparator.comparing(ActionItemRepository.BoardRow::arrivedAt)
                        .thenComparing(ActionItemRepository.BoardRow::createdAt))
                .map(a -> ActionItemMapper.summary(a, today))
                .toList();
    }

    /** {@link Meeting#CHRONOLOGICAL} for an item's meeting read as a row: earlier start, then the smaller id. */
    private static boolean isBefore(ActionItemRepository.BoardRow item, Meeting meeting) {
        int byStart = item.arrivedAt().compareTo(meeting.startInstant());
        return byStart != 0 ? byStart < 0 : item.meetingId().compareTo(meeting.id) < 0;
    }

    AgendaItemDto agendaItem(AgendaItem item) {
        StatusReportRef report = reports.forAgendaItem(item.id)
                .filter(policy::canRead)
                .map(r -> new StatusReportRef(r.id, r.title, r.year, r.quarter, r.status))
                .orElse(null);
        return MeetingMapper.agendaItem(item, agreementPolicy::canRead, report);
    }

    /**
     * The agenda as rows (its points with their agreements and goal areas in one statement, no entities) with the status
     * reports linked to its points (one more statement, only when the meeting has any).
     */
    List<AgendaItemDto> agenda(Meeting m) {
        List<MeetingRepository.AgendaRow> rows =
                meetings.agendaRows(m.id, agreementPolicy.visibility().memberOrganisation());
        if (rows.isEmpty()) {
            return List.of();
        }
        var linked = reports.forAgendaItemsOfMeeting(m.id);
        return rows.stream()
                .map(item -> {
                    StatusReportRef report = java.util.Optional.ofNullable(linked.get(item.id()))
                            .filter(policy::canRead)
                            .map(r -> new StatusReportRef(r.id, r.title, r.year, r.quarter, r.status))
                            .orElse(null);
                    return MeetingMapper.agendaItem(item, this::canReadAgreement, report);
                })
                .toList();
    }

    private boolean canReadAgreement(MeetingRepository.AgendaRow row) {
        return agreementPolicy.canRead(
                row.agreementId(),
                row.agreementStatus(),
                row.countyCode(),
                row.agreementKind(),
                row.municipalityCode(),
                row.callerIsParty());
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

    private void apply(Meeting meeting, MeetingInput input) {
        FieldViolations violations = new FieldViolations();
        if (input.endTime() != null) {
            if (input.startTime() == null) {
                violations.add("endTime", text("forum.given-starttime"));
            } else if (!input.endTime().isAfter(input.startTime())) {
                violations.add("endTime", text("forum.after-starttime"));
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
                                text("common.no-organisation-id", attendee.organisationId()));
                    }
                } else if (ForumMapper.blankToNull(attendee.name()) == null) {
                    violations.add("attendees[" + i + "]", text("forum.needs-name-organisation"));
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
}
