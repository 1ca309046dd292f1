package se.samverkan.forum.action;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.action.ActionItemDtos.ActionItemLink;
import se.samverkan.forum.action.ActionItemDtos.MeetingRef;
import se.samverkan.forum.action.ActionItemDtos.Summary;

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
