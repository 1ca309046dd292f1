package se.samverkan.forum.meeting;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.MinutesState;
import se.samverkan.forum.action.ActionItemMapper;
import se.samverkan.forum.meeting.MeetingDtos.MinutesDto;
import se.samverkan.forum.meeting.MeetingDtos.MinutesItem;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;

/** A meeting's minutes: read by those the policy lets see them, published once after the meeting, then final. */
@ApplicationScoped
public class MinutesService {

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    MeetingService meetingService;

    private static final Audit<Meeting> MINUTES =
            MeetingService.MEETING.showing(m -> Map.of("minutesPublished", String.valueOf(m.minutesPublished())));

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    @Inject
    ForumPolicy policy;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    ChangeRecorder history;

    @Inject
    DecisionEffects effects;

    @ReadOnly
    @Transactional
    public MinutesDto minutes(UUID id) {
        Meeting meeting = meetingService.find(id);
        policy.assertCanReadMinutes(meeting);
        return minutesOf(meeting);
    }

    /** Publishing makes the minutes, decisions and the items handed out public; published minutes are final. */
    @Transactional
    public MinutesDto publishMinutes(UUID id, String ifMatch) {
        Meeting meeting = meetingService.findManageable(id);
        changes.changeStatus(
                MINUTES,
                meeting,
                ifMatch,
                m -> {
                    MinutesState.LIFECYCLE.check(m, MinutesState.Action.PUBLISH);
                    if (!m.hasBegun(clock)) {
                        throw ProblemException.ruleViolation(
                                "minutes-after-meeting", text("forum.minutes-after-meeting", m.date));
                    }
                    if (m.agenda.stream().allMatch(i -> i.minutes == null && i.decisions.isEmpty())) {
                        throw ProblemException.ruleViolation("minutes-empty", text("forum.minutes-empty"));
                    }
                    m.minutesPublishedAt = Clocks.now(clock);
                    m.minutesPublishedBy = history.caller().name();
                },
                m -> "Published the minutes");
        announcements.minutesPublished(meeting.id);
        return minutesOf(meeting);
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
                        i.decisions.stream().map(effects::dto).toList(),
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
}
