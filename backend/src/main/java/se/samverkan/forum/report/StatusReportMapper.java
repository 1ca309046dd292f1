package se.samverkan.forum.report;

import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ReportInvitation;
import se.samverkan.forum.StatusReport;

/** The printable fields the history compares: one mapper per feature, static methods only. */
final class StatusReportMapper {

    private StatusReportMapper() {}

    static Map<String, String> snapshot(StatusReport r) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", r.title);
        s.put("quarter", r.quarter + " " + r.year);
        s.put("themes", ForumMapper.numbered(r.themes));
        s.put("dueOn", ForumMapper.text(r.dueOn));
        s.put("agendaItem", r.agendaItem == null ? null : r.agendaItem.title + " (" + r.agendaItem.meeting.date + ")");
        s.put("status", r.status.name());
        s.put("compiledText", r.compiledText);
        return s;
    }

    /** A contribution as the history shows it: theme → text. */
    static Map<String, String> contribution(ReportInvitation i) {
        Map<String, String> s = new LinkedHashMap<>();
        i.entries.forEach(e -> s.put(e.theme, e.text));
        return s;
    }
}
