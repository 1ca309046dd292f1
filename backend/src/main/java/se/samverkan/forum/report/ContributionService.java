package se.samverkan.forum.report;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ContributionEntry;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ReportInvitation;
import se.samverkan.forum.StatusReport;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.forum.report.StatusReportDtos.InvitationDto;
import se.samverkan.forum.report.StatusReportDtos.StatusReportDto;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.organisation.Organisation;

/** Who is invited to a status report, and the contributions the invited organisations submit. */
@ApplicationScoped
public class ContributionService {

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    StatusReportService reportService;

    private static final Audit<ReportInvitation> INVITATION = new Audit<>(
            i -> new ChangeRecorder.Subject(StatusReportService.SUBJECT, i.report.id, "INVITATION", i.id),
            i -> Map.of("organisation", i.organisation.name));
    private static final Audit<ReportInvitation> CONTRIBUTION = new Audit<>(
            i -> new ChangeRecorder.Subject(StatusReportService.SUBJECT, i.report.id, "CONTRIBUTION", i.id),
            // A draft's entries are the organisation's own: the history (read by the coordinator) starts at submission.
            i -> i.isSubmitted() ? StatusReportMapper.contribution(i) : Map.of());

    /** The result of submitting a contribution: created the first time, replaced after that. */
    public record Submission(InvitationDto invitation, boolean created) {}

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

    @Transactional
    public StatusReportDto invite(UUID id, InvitationInput input) {
        StatusReport report = reportService.findReadable(id);
        policy.assertCanManage(report);
        StatusReportStatus.LIFECYCLE.check(report, StatusReportStatus.Action.EDIT);
        FieldViolations violations = new FieldViolations();
        Map<UUID, Organisation> invited = new LinkedHashMap<>();
        for (int i = 0; i < input.organisationIds().size(); i++) {
            UUID organisationId = input.organisationIds().get(i);
            // Members and, as VG's "inspel från de delregionala samråden och länets kommuner", organisations that
            // are no members of the forum (issue 10).
            Organisation organisation = report.forum.members.stream()
                    .map(m -> m.organisation)
                    .filter(o -> o != null && o.id.equals(organisationId))
                    .findFirst()
                    .orElseGet(() -> em.find(Organisation.class, organisationId));
            if (organisation == null) {
                violations.add("organisationIds[" + i + "]", text("common.names-no-organisation"));
            } else if (report.invitations.stream().noneMatch(inv -> inv.organisation.id.equals(organisationId))) {
                invited.put(organisationId, organisation);
            }
        }
        violations.throwIfAny();
        for (Organisation organisation : invited.values()) {
            ReportInvitation invitation = new ReportInvitation();
            invitation.id = UUID.randomUUID();
            invitation.report = report;
            invitation.organisation = organisation;
            changes.create(INVITATION, invitation, "Invited " + organisation.name);
            report.invitations.add(invitation);
        }
        announcements.statusReportInvited(report.id, invited.keySet());
        return reportService.details(report);
    }

    @Transactional
    public void withdraw(UUID id, UUID organisationId, String ifMatch) {
        StatusReport report = reportService.findReadable(id);
        policy.assertCanManage(report);
        ReportInvitation invitation = invitation(report, organisationId);
        changes.delete(
                INVITATION,
                invitation,
                ifMatch,
                i -> {
                    StatusReportStatus.LIFECYCLE.check(report, StatusReportStatus.Action.EDIT);
                    if (i.isSubmitted()) {
                        throw ProblemException.ruleViolation(
                                "invitation-has-contribution",
                                text("forum.invitation-has-contribution", i.organisation.name));
                    }
                    report.invitations.remove(i);
                    em.remove(i);
                },
                "Withdrew the invitation of " + invitation.organisation.name);
    }

    /**
     * Submits or replaces an organisation's contribution, or saves it as a draft that only the organisation sees. Once a
     * draft or a submission exists, changing it needs If-Match with the invitation's version.
     */
    @Transactional
    public Submission contribute(UUID id, UUID organisationId, String ifMatch, ContributionInput input) {
        StatusReport report = reportService.findReadable(id);
        policy.assertCanContributeFor(report, organisationId);
        StatusReportStatus.LIFECYCLE.check(report, StatusReportStatus.Action.CONTRIBUTE);
        ReportInvitation invitation = report.invitations.stream()
                .filter(i -> i.organisation.id.equals(organisationId))
                .findFirst()
                .orElseThrow(() -> ProblemException.ruleViolation(
                        "organisation-not-invited", text("forum.organisation-not-invited")));
        if (input.isDraft()) {
            // Someone else's draft would be hidden from them, so only the organisation's own people write one.
            if (!policy.isOwnOrganisation(organisationId)) {
                throw ProblemException.forbidden(text("forum.draft-own-organisation"));
            }
            if (invitation.isSubmitted()) {
                throw ProblemException.ruleViolation(
                        "contribution-submitted", text("forum.contribution-submitted", invitation.organisation.name));
            }
        }
        // 201 for the first draft and the first submission; 200 when either replaces what is there.
        boolean created = input.isDraft() ? !invitation.isDraft() : !invitation.isSubmitted();
        if (invitation.isSubmitted() || invitation.isDraft()) {
            EntityTags.requireMatch(ifMatch, invitation.version);
        }
        FieldViolations violations = new FieldViolations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < input.entries().size(); i++) {
            String theme = input.entries().get(i).theme().trim();
            if (!report.themes.contains(theme)) {
                violations.add("entries[" + i + "].theme", text("forum.theme-report"));
            } else if (!seen.add(theme)) {
                violations.add("entries[" + i + "].theme", text("forum.given-twice"));
            }
        }
        violations.throwIfAny();
        if (input.isDraft()) {
            // Not in the history: the report's history is read by the coordinator, and a draft is the organisation's
            // own until submitted. The invitation names who saved it and when.
            replaceEntries(report, invitation, input);
            invitation.draftSavedAt = Clocks.now(clock);
            invitation.draftSavedBy = history.caller().name();
            invitation.stampUpdated(invitation.draftSavedBy, invitation.draftSavedAt);
            em.flush();
            return new Submission(StatusReportService.invitation(invitation, true), created);
        }
        boolean firstSubmission = created;
        changes.unguarded(
                CONTRIBUTION,
                firstSubmission ? ChangeRecorder.CREATED : ChangeRecorder.UPDATED,
                invitation,
                inv -> {
                    replaceEntries(report, inv, input);
                    inv.submittedAt = Clocks.now(clock);
                    inv.submittedBy = history.caller().name();
                },
                inv -> (firstSubmission ? "Submitted the contribution of " : "Replaced the contribution of ")
                        + inv.organisation.name);
        return new Submission(StatusReportService.invitation(invitation, true), created);
    }

    private static void replaceEntries(StatusReport report, ReportInvitation invitation, ContributionInput input) {
        invitation.entries.clear();
        // Kept in the report's theme order, whatever order they were sent in.
        for (String theme : report.themes) {
            input.entries().stream()
                    .filter(e -> e.theme().trim().equals(theme))
                    .findFirst()
                    .ifPresent(e -> invitation.entries.add(
                            new ContributionEntry(theme, e.text().trim())));
        }
    }

    private static ReportInvitation invitation(StatusReport report, UUID organisationId) {
        return report.invitations.stream()
                .filter(i -> i.organisation.id.equals(organisationId))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.notFound(text("invitation-organisation.not-found", organisationId)));
    }
}
