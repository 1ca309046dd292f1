package se.samverkan.forum.action;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.action.ActionItemDtos.ActionItemLink;
import se.samverkan.forum.action.ActionItemDtos.MeetingRef;
import se.samverkan.forum.action.ActionItemDtos.Summary;
import se.samverkan.organisation.OrganisationReference;

/** Action items to read models and history snapshots. */
public final class ActionItemMapper {

    private ActionItemMapper() {}

    public static Summary summary(ActionItem a, LocalDate today) {
        return new Summary(
                a.id,
                a.title,
                ForumMapper.ref(a.forum),
                meeting(a),
                ForumMapper.organisation(a.owner),
                a.ownerPerson,
                a.dueOn,
                a.status,
                a.isOverdue(today),
                ForumMapper.ref(a.assigneeForum),
                link(a.raisedFrom),
                a.version,
                ProvenanceDto.of(a.provenance));
    }

    /** A board row read as columns ({@link ActionItemRepository#board}): the same summary, no entity. */
    public static Summary summary(ActionItemRepository.BoardRow a, LocalDate today) {
        return new Summary(
                a.id(),
                a.title(),
                ref(a.forum()),
                a.meetingId() == null
                        ? null
                        : new MeetingRef(
                                a.meetingId(),
                                a.meetingDate(),
                                a.meetingTitle(),
                                a.agendaItemId(),
                                a.agendaItemTitle()),
                new OrganisationReference(a.ownerId(), a.ownerName()),
                a.ownerPerson(),
                a.dueOn(),
                a.status(),
                a.overdue(today),
                ref(a.assigneeForum()),
                a.raisedFromId() == null ? null : new ActionItemLink(a.raisedFromId(), ref(a.raisedFromForum())),
                a.version(),
                ProvenanceDto.of(a.provenance()));
    }

    private static ForumRef ref(ActionItemRepository.ForumName f) {
        return f == null ? null : new ForumRef(f.id(), f.name(), f.kind(), f.level());
    }

    static MeetingRef meeting(ActionItem a) {
        return a.meeting == null
                ? null
                : new MeetingRef(a.meeting.id, a.meeting.date, a.meeting.title, a.agendaItem.id, a.agendaItem.title);
    }

    static ActionItemLink link(ActionItem a) {
        return a == null ? null : new ActionItemLink(a.id, ForumMapper.ref(a.forum));
    }

    static Map<String, String> snapshot(ActionItem a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", a.title);
        s.put("description", a.description);
        s.put("owner", a.owner.name);
        s.put("ownerPerson", a.ownerPerson);
        s.put("dueOn", ForumMapper.text(a.dueOn));
        s.put("assigneeForum", a.assigneeForum == null ? null : a.assigneeForum.name);
        return s;
    }

    static Map<String, String> statusSnapshot(ActionItem a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", a.status.name());
        s.put("statusNote", a.statusNote);
        return s;
    }
}
