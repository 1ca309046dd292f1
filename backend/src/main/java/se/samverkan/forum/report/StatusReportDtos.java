package se.samverkan.forum.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.organisation.OrganisationReference;

/** The read models of status reports (lägesrapporter). */
public final class StatusReportDtos {

    private StatusReportDtos() {}

    @Schema(name = "StatusReportReference")
    public record StatusReportRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) int year,
            @Schema(required = true) int quarter,
            @Schema(required = true) StatusReportStatus status) {}

    @Schema(name = "StatusReportAgendaItem", description = "The status-report point of the meeting the report is for")
    public record AgendaItemRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) LocalDate meetingDate) {}

    @Schema(name = "StatusReportSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) ForumRef forum,
            @Schema(required = true) int year,
            @Schema(required = true) int quarter,
            @Schema(required = true) String title,
            @Schema(required = true) StatusReportStatus status,
            LocalDate dueOn,
            Instant publishedAt,
            AgendaItemRef agendaItem) {}

    @Schema(name = "ContributionEntry", description = "An organisation's text on one theme")
    public record EntryDto(@Schema(required = true) String theme, @Schema(required = true) String text) {}

    @Schema(
            name = "StatusReportInvitation",
            description =
                    "An invited organisation and its contribution: once submitted, or its draft for its own people")
    public record InvitationDto(
            @Schema(required = true) OrganisationReference organisation,
            @Schema(required = true) Instant invitedAt,
            @Schema(required = true) String invitedBy,
            @Schema(required = true) boolean submitted,
            Instant submittedAt,
            String submittedBy,
            @Schema(
                            required = true,
                            description =
                                    "A draft is saved and not submitted; shown only to the organisation's own people")
                    boolean draft,
            Instant draftSavedAt,
            String draftSavedBy,
            @Schema(
                            required = true,
                            description =
                                    "The submitted contribution; the draft's for the organisation's own people; else empty")
                    List<EntryDto> entries,
            @Schema(required = true, description = "Send as If-Match to replace a submitted contribution") long version)
            implements Versioned {}

    @Schema(name = "StatusReportPermissions", description = "What the caller may do with this report now")
    public record Permissions(
            @Schema(
                            required = true,
                            description = "Change title, themes, due date and agenda point; invite and withdraw")
                    boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true) boolean compile,
            @Schema(required = true) boolean publish,
            @Schema(required = true, description = "Organisations the caller may submit a contribution for now")
                    List<UUID> contributeFor,
            @Schema(
                            required = true,
                            description =
                                    "Organisations the caller may save a draft contribution for now: their own, invited"
                                            + " and not yet submitted")
                    List<UUID> draftFor) {}

    @Schema(name = "StatusReport")
    public record StatusReportDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ForumRef forum,
            @Schema(required = true) int year,
            @Schema(required = true) int quarter,
            @Schema(required = true) String title,
            @Schema(required = true) StatusReportStatus status,
            LocalDate dueOn,
            @Schema(required = true) List<String> themes,
            AgendaItemRef agendaItem,
            @Schema(description = "The compiled report, once compiled") String compiledText,
            Instant compiledAt,
            String compiledBy,
            Instant publishedAt,
            String publishedBy,
            @Schema(required = true, description = "Invitations and contributions; empty for callers outside the forum")
                    List<InvitationDto> invitations,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions)
            implements Versioned {}
}
