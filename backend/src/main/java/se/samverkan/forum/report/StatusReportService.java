package se.samverkan.forum.report;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.AgendaItemKind;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.MeetingRepository;
import se.samverkan.forum.ReportInvitation;
import se.samverkan.forum.StatusReport;
import se.samverkan.forum.StatusReportRepository;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.forum.report.StatusReportDtos.AgendaItemRef;
import se.samverkan.forum.report.StatusReportDtos.EntryDto;
import se.samverkan.forum.report.StatusReportDtos.InvitationDto;
import se.samverkan.forum.report.StatusReportDtos.StatusReportDto;
import se.samverkan.forum.report.StatusReportDtos.Summary;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;

/**
 * Quarterly status reports: the coordinator opens one for a forum and quarter, invites organisations (members or not), each
 * submits its contribution per theme, the coordinator compiles it and publishes it for the meeting's status-report point.
 */
@ApplicationScoped
public class StatusReportService {

    /** History subject of a report, its invitations and contributions. */
    public static final String SUBJECT = "STATUS_REPORT";

    @Inject
    StatusReportRepository reports;

    @Inject
    MeetingRepository meetings;

    @Inject
    ForumService forumService;

    @Inject
    ForumPolicy policy;

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    private static final Audit<StatusReport> REPORT =
            new Audit<>(r -> new ChangeRecorder.Subject(SUBJECT, r.id, SUBJECT, r.id), StatusReportMapper::snapshot);

    @Transactional
    public List<Summary> list(UUID forumId) {
        forumService.find(forumId);
        return reports.ofForum(forumId).stream()
                .filter(policy::canRead)
                .map(StatusReportService::summary)
                .toList();
    }

    @Transactional
    public StatusReportDto get(UUID id) {
        return details(findReadable(id));
    }

    /** Contributions are internal, so the history is for the forum's insiders. */
    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        policy.assertCanReadInternalHistory(findReadable(id).forum, text("history-status-report.not-found", id));
        return history.history(SUBJECT, id);
    }

    @Transactional
    public StatusReportDto create(UUID forumId, StatusReportInput input) {
        Forum forum = forumService.findManageable(forumId);
        StatusReport report = new StatusReport();
        report.id = UUID.randomUUID();
        report.forum = forum;
        report.status = StatusReportStatus.OPEN;
        apply(report, input);
        changes.create(REPORT, report, "Opened " + report.title);
        return details(report);
    }

    @Transactional
    public StatusReportDto update(UUID id, String ifMatch, StatusReportInput input) {
        StatusReport report = findManageable(id);
        changes.update(
                REPORT,
                report,
                ifMatch,
                r -> StatusReportStatus.LIFECYCLE.check(r, StatusReportStatus.Action.EDIT),
                r -> {
                    Set<String> kept = new HashSet<>(
                            input.themes().stream().map(String::trim).toList());
                    // A draft's entries of a removed theme go with it (the coordinator cannot see them to ask);
                    // submitted ones keep their theme.
                    r.invitations.stream()
                            .filter(ReportInvitation::isDraft)
                            .forEach(i -> i.entries.removeIf(e -> !kept.contains(e.theme)));
                    r.invitations.stream()
                            .filter(ReportInvitation::isSubmitted)
                            .flatMap(i -> i.entries.stream())
                            .map(e -> e.theme)
                            .filter(theme -> !kept.contains(theme))
                            .findFirst()
                            .ifPresent(theme -> {
                                throw ProblemException.ruleViolation("theme-in-use", text("forum.theme-in-use", theme));
                            });
                    apply(r, input);
                },
                r -> "Updated " + r.title);
        return details(report);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        StatusReport report = findManageable(id);
        changes.delete(
                REPORT,
                report,
                ifMatch,
                r -> StatusReportStatus.LIFECYCLE.check(r, StatusReportStatus.Action.DELETE),
                r -> {
                    r.invitations.forEach(em::remove);
                    reports.delete(r);
                },
                "Deleted " + report.title);
    }

    @Transactional
    public StatusReportDto compile(UUID id, String ifMatch, CompilationInput input) {
        StatusReport report = findManageable(id);
        changes.changeStatus(
                REPORT,
                report,
                ifMatch,
                r -> {
                    StatusReportStatus next = StatusReportStatus.LIFECYCLE.next(r, StatusReportStatus.Action.COMPILE);
                    if (r.invitations.isEmpty()) {
                        throw ProblemException.ruleViolation(
                                "report-without-invitations", text("forum.report-without-invitations"));
                    }
                    if (r.invitations.stream().noneMatch(ReportInvitation::isSubmitted)) {
                        throw ProblemException.ruleViolation(
                                "report-without-contributions", text("forum.report-without-contributions"));
                    }
                    String text = input == null ? null : ForumMapper.blankToNull(input.text());
                    r.compiledText = text != null ? text : assemble(r);
                    r.compiledAt = Clocks.now(clock);
                    r.compiledBy = history.caller().name();
                    r.status = next;
                },
                r -> "Compiled " + r.title);
        return details(report);
    }

    @Transactional
    public StatusReportDto publish(UUID id, String ifMatch, PublicationInput input) {
        StatusReport report = findManageable(id);
        changes.changeStatus(
                REPORT,
                report,
                ifMatch,
                r -> {
                    StatusReportStatus next = StatusReportStatus.LIFECYCLE.next(r, StatusReportStatus.Action.PUBLISH);
                    if (input != null && input.agendaItemId() != null) {
                        FieldViolations violations = new FieldViolations();
                        r.agendaItem = agendaItem(r, input.agendaItemId(), violations);
                        violations.throwIfAny();
                    }
                    if (r.agendaItem == null) {
                        throw ProblemException.ruleViolation(
                                "report-needs-agenda-item", text("forum.report-needs-agenda-item"));
                    }
                    r.publishedAt = Clocks.now(clock);
                    r.publishedBy = history.caller().name();
                    r.status = next;
                },
                r -> "Published " + r.title);
        return details(report);
    }

    // ---- internals ----------------------------------------------------------------------------

    StatusReport findReadable(UUID id) {
        return Found.checked(reports.findByIdOptional(id), text("status-report.not-found", id), policy::assertCanRead);
    }

    StatusReport findManageable(UUID id) {
        return Found.checked(findReadable(id), policy::assertCanManage);
    }

    private void apply(StatusReport report, StatusReportInput input) {
        FieldViolations violations = new FieldViolations();
        reports.ofQuarter(report.forum.id, input.year(), input.quarter())
                .filter(other -> !other.id.equals(report.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            text("forum.forum-already-status-report-quarter", input.quarter(), input.year()),
                            "quarter",
                            text("forum.already-report", other.title));
                });
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.themes().size(); i++) {
            if (!seen.add(input.themes().get(i).trim())) {
                violations.add("themes[" + i + "]", text("forum.given-twice"));
            }
        }
        AgendaItem agendaItem =
                input.agendaItemId() == null ? null : agendaItem(report, input.agendaItemId(), violations);
        violations.throwIfAny();
        report.year = input.year();
        report.quarter = input.quarter();
        report.title = input.title().trim();
        report.dueOn = input.dueOn();
        report.themes.clear();
        input.themes().forEach(theme -> report.themes.add(theme.trim()));
        report.agendaItem = agendaItem;
    }

    /** A STATUS_REPORT point of a meeting of the report's forum, not yet taken by another report. */
    private AgendaItem agendaItem(StatusReport report, UUID agendaItemId, FieldViolations violations) {
        AgendaItem item = meetings.agendaItem(agendaItemId);
        if (item == null) {
            violations.add("agendaItemId", text("forum.no-agenda-item-id", agendaItemId));
        } else if (!item.meeting.forum.id.equals(report.forum.id)) {
            violations.add("agendaItemId", text("forum.point-meeting", report.forum.name));
        } else if (item.kind != AgendaItemKind.STATUS_REPORT) {
            violations.add("agendaItemId", text("forum.status-report-point"));
        } else {
            reports.forAgendaItem(agendaItemId)
                    .filter(other -> !other.id.equals(report.id))
                    .ifPresent(other -> {
                        throw ProblemException.conflict(
                                text("forum.point-already-status-report"),
                                "agendaItemId",
                                text("forum.already-status-report", other.title));
                    });
            return item;
        }
        return null;
    }

    /** The contributions theme by theme, each introduced by its organisation. */
    private static String assemble(StatusReport report) {
        StringBuilder text = new StringBuilder();
        for (String theme : report.themes) {
            text.append(text.length() == 0 ? "" : "\n\n").append("## ").append(theme);
            for (ReportInvitation invitation : report.invitations) {
                if (!invitation.isSubmitted()) {
                    continue;
                }
                invitation.entries.stream()
                        .filter(e -> e.theme.equals(theme))
                        .findFirst()
                        .ifPresent(e -> text.append("\n\n")
                                .append(invitation.organisation.name)
                                .append(": ")
                                .append(e.text));
            }
        }
        return text.toString();
    }

    private static Summary summary(StatusReport r) {
        return new Summary(
                r.id,
                ForumMapper.ref(r.forum),
                r.year,
                r.quarter,
                r.title,
                r.status,
                r.dueOn,
                r.publishedAt,
                agendaItemRef(r.agendaItem));
    }

    private static AgendaItemRef agendaItemRef(AgendaItem item) {
        return item == null ? null : new AgendaItemRef(item.id, item.title, item.meeting.id, item.meeting.date);
    }

    /** An invitation; a draft shows as one (with its entries) only to the organisation's own people. */
    static InvitationDto invitation(ReportInvitation i, boolean own) {
        boolean draft = own && i.isDraft();
        return new InvitationDto(
                ForumMapper.organisation(i.organisation),
                i.createdAt,
                i.createdBy,
                i.isSubmitted(),
                i.submittedAt,
                i.submittedBy,
                draft,
                draft ? i.draftSavedAt : null,
                draft ? i.draftSavedBy : null,
                i.isSubmitted() || draft
                        ? i.entries.stream()
                                .map(e -> new EntryDto(e.theme, e.text))
                                .toList()
                        : List.of(),
                i.version);
    }

    StatusReportDto details(StatusReport r) {
        boolean manage = policy.canManage(r.forum);
        var lifecycle = StatusReportStatus.LIFECYCLE;
        List<UUID> contributeFor = lifecycle.allows(r, StatusReportStatus.Action.CONTRIBUTE)
                ? r.invitations.stream()
                        .map(i -> i.organisation.id)
                        .filter(org -> policy.canContributeFor(r, org))
                        .toList()
                : List.of();
        var permissions = new StatusReportDtos.Permissions(
                manage && lifecycle.allows(r, StatusReportStatus.Action.EDIT),
                manage && lifecycle.allows(r, StatusReportStatus.Action.DELETE),
                manage && lifecycle.allows(r, StatusReportStatus.Action.COMPILE),
                manage && lifecycle.allows(r, StatusReportStatus.Action.PUBLISH),
                contributeFor,
                r.invitations.stream()
                        .filter(i -> !i.isSubmitted() && contributeFor.contains(i.organisation.id))
                        .map(i -> i.organisation.id)
                        .filter(policy::isOwnOrganisation)
                        .toList());
        // The forum's participants see every invitation; an invited organisation outside the forum sees its own, to
        // write its contribution.
        boolean internal = policy.canReadInternal(r.forum);
        List<InvitationDto> invitations = r.invitations.stream()
                .filter(i -> internal || contributeFor.contains(i.organisation.id))
                .map(i -> invitation(i, policy.isOwnOrganisation(i.organisation.id)))
                .toList();
        return new StatusReportDto(
                r.id,
                ForumMapper.ref(r.forum),
                r.year,
                r.quarter,
                r.title,
                r.status,
                r.dueOn,
                List.copyOf(r.themes),
                agendaItemRef(r.agendaItem),
                r.compiledText,
                r.compiledAt,
                r.compiledBy,
                r.publishedAt,
                r.publishedBy,
                invitations,
                r.version,
                r.createdAt,
                r.createdBy,
                r.updatedAt,
                r.updatedBy,
                permissions);
    }
}
