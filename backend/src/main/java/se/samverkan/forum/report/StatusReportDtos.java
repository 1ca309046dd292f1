package se.samverkan.forum.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.forum.StatusReportStatus;
import se.samverkan.organisation.OrganisationReference;

/** The read models of status reports (lägesrapporter). */
public final class StatusReportDtos {

    private StatusReportDtos() {}

    @Schema(name = "StatusReportReference")
    public record StatusReportRef(UUID id, String title, int year, int quarter, StatusReportStatus status) {}

    @Schema(name = "StatusReportAgendaItem", description = "The status-report point of the meeting the report is for")
    public record AgendaItemRef(UUID id, String title, UUID meetingId, LocalDate meetingDate) {}

    @Schema(name = "StatusReportSummary")
    public record Summary(
            UUID id,
            ForumRef forum,
            int year,
            int quarter,
            String title,
            StatusReportStatus status,
            @Optional LocalDate dueOn,
            @Optional Instant publishedAt,
            @Optional AgendaItemRef agendaItem) {}

    @Schema(name = "ContributionEntry", description = "An organisation's text on one theme")
    public record EntryDto(String theme, String text) {}

    @Schema(
            name = "StatusReportInvitation",
            description =
                    "An invited organisation and its contribution: once submitted, or its draft for its own people")
    public record InvitationDto(
            OrganisationReference organisation,
            Instant invitedAt,
            String invitedBy,
            boolean submitted,
            @Optional Instant submittedAt,
            @Optional String submittedBy,
            @Schema(description = "A draft is saved and not submitted; shown only to the organisation's own people")
                    boolean draft,
            @Optional Instant draftSavedAt,
            @Optional String draftSavedBy,
            @Schema(
                            description =
                                    "The submitted contribution; the draft's for the organisation's own people; else empty")
                    List<EntryDto> entries,
            @Schema(description = "Send as If-Match to replace a submitted contribution") long version)
            implements Versioned {}

    @Schema(name = "StatusReportPermissions", description = "What the caller may do with this report now")
    public record Permissions(
            @Schema(description = "Change title, themes, due date and agenda point; invite and withdraw") boolean edit,
            boolean delete,
            boolean compile,
            boolean publish,
            @Schema(description = "Organisations the caller may submit a contribution for now")
                    List<UUID> contributeFor,
            @Schema(
                            description =
                                    "Organisations the caller may save a draft contribution for now: their own, invited"
                                            + " and not yet submitted")
                    List<UUID> draftFor) {}

    @Schema(name = "StatusReport")
    public record StatusReportDto(
            UUID id,
            ForumRef forum,
            int year,
            int quarter,
            String title,
            StatusReportStatus status,
            @Optional LocalDate dueOn,
            List<String> themes,
            @Optional AgendaItemRef agendaItem,
            @Optional @Schema(description = "The compiled report, once compiled") String compiledText,
            @Optional Instant compiledAt,
            @Optional String compiledBy,
            @Optional Instant publishedAt,
            @Optional String publishedBy,
            @Schema(description = "Invitations and contributions; empty for callers outside the forum")
                    List<InvitationDto> invitations,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions)
            implements Versioned {}
}
