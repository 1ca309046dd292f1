package se.samverkan.forum.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.samverkan.agreement.Agreement;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Decision;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.meeting.MeetingDtos.AgendaItemDto;
import se.samverkan.forum.meeting.MeetingDtos.AttendeeDto;
import se.samverkan.forum.meeting.MeetingDtos.DecisionDto;
import se.samverkan.forum.meeting.MeetingDtos.MeetingSummary;
import se.samverkan.forum.report.StatusReportDtos.StatusReportRef;

/** Meetings to read models and history snapshots. Agreements are shown only where {@code visible} allows. */
final class MeetingMapper {

    private MeetingMapper() {}

    static MeetingSummary summary(Meeting m, boolean internal) {
        return new MeetingSummary(
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
                m.minutesPublishedAt);
    }

    static AgendaItemDto agendaItem(AgendaItem i, Predicate<Agreement> visible, StatusReportRef report) {
        boolean showAgreement = i.agreement != null && visible.test(i.agreement);
        return new AgendaItemDto(
                i.id,
                i.position,
                i.title,
                i.kind,
                i.description,
                i.presenter,
                showAgreement ? ForumMapper.agreement(i.agreement) : null,
                showAgreement ? ForumMapper.goalArea(i.goalArea) : null,
                report,
                i.version);
    }

    /** The same point read as a row; {@code visible} answers whether the caller may see the row's agreement. */
    static AgendaItemDto agendaItem(
            se.samverkan.forum.MeetingRepository.AgendaRow i,
            Predicate<se.samverkan.forum.MeetingRepository.AgendaRow> visible,
            StatusReportRef report) {
        boolean showAgreement = i.agreementId() != null && visible.test(i);
        return new AgendaItemDto(
                i.id(),
                i.position(),
                i.title(),
                i.kind(),
                i.description(),
                i.presenter(),
                showAgreement
                        ? new se.samverkan.agreement.AgreementDtos.AgreementRef(
                                i.agreementId(),
                                i.agreementTitle(),
                                i.agreementKind(),
                                i.firstYear(),
                                i.lastYear(),
                                i.agreementStatus())
                        : null,
                showAgreement && i.goalAreaId() != null
                        ? new se.samverkan.forum.ForumDtos.GoalAreaRef(
                                i.goalAreaId(), i.goalAreaAgreementId(), i.goalAreaNumber(), i.goalAreaTitle())
                        : null,
                report,
                i.version());
    }

    static DecisionDto decision(Decision d, Predicate<Agreement> visible, Predicate<java.util.UUID> agreementVisible) {
        boolean showAgreement = d.agreement != null && visible.test(d.agreement);
        List<MeetingDtos.DecisionEffectDto> effects = d.effects.stream()
                .map(e -> {
                    boolean shown = e.agreementId == null || agreementVisible.test(e.agreementId);
                    return new MeetingDtos.DecisionEffectDto(
                            e.kind,
                            e.subjectId,
                            shown ? e.label : null,
                            shown ? e.agreementId : null,
                            e.appliedAt,
                            e.appliedBy);
                })
                .toList();
        return new DecisionDto(
                d.id,
                d.agendaItem.id,
                d.position,
                d.text,
                d.outcome,
                d.subject,
                showAgreement ? ForumMapper.agreement(d.agreement) : null,
                showAgreement ? ForumMapper.goalArea(d.goalArea) : null,
                d.year,
                d.caseNumber,
                effects,
                d.version);
    }

    static List<AttendeeDto> attendees(Meeting m) {
        return m.attendees.stream()
                .map(a -> new AttendeeDto(ForumMapper.organisation(a.organisation), a.name, a.title))
                .toList();
    }

    // ---- snapshots for the history ----------------------------------------------------------------

    static Map<String, String> snapshot(Meeting m) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", m.title);
        s.put("date", ForumMapper.text(m.date));
        s.put("startTime", ForumMapper.text(m.startTime));
        s.put("endTime", ForumMapper.text(m.endTime));
        s.put("location", m.location);
        s.put("onlineUrl", m.onlineUrl);
        s.put(
                "attendees",
                ForumMapper.joined(m.attendees.stream()
                        .map(a -> ForumMapper.joined(java.util.Arrays.asList(
                                a.name, a.title, a.organisation == null ? null : a.organisation.name)))
                        .toList()));
        return s;
    }

    static Map<String, String> snapshot(AgendaItem i) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("position", Integer.toString(i.position));
        s.put("title", i.title);
        s.put("kind", i.kind.name());
        s.put("description", i.description);
        s.put("presenter", i.presenter);
        s.put("agreement", ForumMapper.agreementName(i.agreement));
        s.put("goalArea", ForumMapper.goalAreaName(i.goalArea));
        s.put("minutes", i.minutes);
        return s;
    }

    static Map<String, String> snapshot(Decision d) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("text", d.text);
        s.put("outcome", d.outcome.name());
        s.put("subject", d.subject.name());
        s.put("agreement", ForumMapper.agreementName(d.agreement));
        s.put("goalArea", ForumMapper.goalAreaName(d.goalArea));
        s.put("year", ForumMapper.text(d.year));
        s.put("caseNumber", d.caseNumber);
        s.put(
                "effects",
                d.effects.isEmpty()
                        ? null
                        : ForumMapper.joined(d.effects.stream()
                                .map(e -> e.kind + " " + e.label)
                                .toList()));
        return s;
    }
}
