package se.samverkan.forum.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.AgendaItemKind;
import se.samverkan.forum.DecisionOutcome;
import se.samverkan.forum.DecisionSubject;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.forum.ForumDtos.GoalAreaRef;
import se.samverkan.forum.action.ActionItemDtos;
import se.samverkan.forum.report.StatusReportDtos.StatusReportRef;
import se.samverkan.organisation.OrganisationReference;

/** The read models of meetings, agendas, minutes and decisions. */
public final class MeetingDtos {

    private MeetingDtos() {}

    @Schema(name = "MeetingSummary")
    public record MeetingSummary(
            UUID id,
            ForumRef forum,
            @Optional String title,
            LocalDate date,
            @Optional @Schema(description = "Swedish local time; null when only the date is known") LocalTime startTime,
            @Optional @Schema(description = "Swedish local time") LocalTime endTime,
            @Optional @Schema(description = "The start in UTC; null when only the date is known") Instant startsAt,
            @Optional Instant endsAt,
            @Optional String location,
            @Optional @Schema(description = "Only for the forum's participants, the county's coordinator and admins")
                    String onlineUrl,
            boolean minutesPublished,
            @Optional Instant minutesPublishedAt) {}

    @Schema(name = "AgendaItem")
    public record AgendaItemDto(
            UUID id,
            @Schema(description = "1-based") int position,
            String title,
            AgendaItemKind kind,
            @Optional String description,
            @Optional String presenter,
            @Optional @Schema(description = "The agreement or strategy the point is about, when the caller may see it")
                    AgreementRef agreement,
            @Optional GoalAreaRef goalArea,
            @Optional @Schema(description = "The status report published for this point, when the caller may see it")
                    StatusReportRef statusReport,
            long version)
            implements Versioned {}

    @Schema(name = "MeetingPermissions", description = "What the caller may do with this meeting now")
    public record Permissions(
            @Schema(
                            description =
                                    "Change the meeting, its agenda, minutes and decisions (until the minutes are published)")
                    boolean edit,
            boolean delete,
            boolean publishMinutes,
            @Schema(description = "Read the minutes (GET …/minutes)") boolean readMinutes,
            @Schema(description = "Hand out action items at the agenda's points") boolean handOutActionItems) {}

    @Schema(name = "Meeting")
    public record MeetingDto(
            UUID id,
            ForumRef forum,
            @Optional String title,
            LocalDate date,
            @Optional LocalTime startTime,
            @Optional LocalTime endTime,
            @Optional Instant startsAt,
            @Optional Instant endsAt,
            @Optional String location,
            @Optional @Schema(description = "Only for the forum's participants, the county's coordinator and admins")
                    String onlineUrl,
            boolean minutesPublished,
            @Optional Instant minutesPublishedAt,
            @Optional String minutesPublishedBy,
            @Schema(description = "The points in order") List<AgendaItemDto> agenda,
            @Schema(
                            description =
                                    "Follow-up of action items: the forum's open and in-progress items from earlier"
                                            + " meetings (or raised into the forum before this one), computed until they are done or cancelled")
                    List<ActionItemDtos.Summary> followUp,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "Attendee")
    public record AttendeeDto(
            @Optional OrganisationReference organisation, @Optional String name, @Optional String title) {}

    @Schema(name = "Decision")
    public record DecisionDto(
            UUID id,
            UUID agendaItemId,
            int position,
            String text,
            DecisionOutcome outcome,
            DecisionSubject subject,
            @Optional AgreementRef agreement,
            @Optional GoalAreaRef goalArea,
            @Optional Integer year,
            @Optional @Schema(description = "Case number (diarienummer)") String caseNumber,
            @Schema(description = "What the decision changed when it was recorded; final once recorded")
                    List<DecisionEffectDto> effects,
            long version)
            implements Versioned {}

    @Schema(name = "StandingItem", description = "A standing agenda point: every new meeting of the forum gets it")
    public record StandingItemDto(
            UUID id,
            UUID forumId,
            int position,
            String title,
            AgendaItemKind kind,
            @Optional String description,
            @Optional AgreementRef agreement,
            @Optional GoalAreaRef goalArea,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "StandingItemList", description = "A forum's standing agenda points in order")
    public record StandingItemList(
            List<StandingItemDto> items,
            @Schema(description = "Whether the caller may change them") boolean editable) {}

    @Schema(name = "DecisionEffect", description = "A change a decision made: the subject it took effect on")
    public record DecisionEffectDto(
            se.samverkan.common.decision.DecisionEffectKind kind,
            UUID subjectId,
            @Optional
                    @Schema(
                            description = "The subject as named when the decision took effect; absent when the caller"
                                    + " may not see its agreement")
                    String label,
            @Optional @Schema(description = "The agreement of the subject, when the caller may see it")
                    UUID agreementId,
            Instant appliedAt,
            String appliedBy) {}

    @Schema(
            name = "DecisionSubjectCandidate",
            description = "Something a decision of this meeting could take effect on")
    public record DecisionCandidateDto(
            se.samverkan.common.decision.DecisionEffectKind kind,
            UUID subjectId,
            String label,
            @Optional UUID agreementId) {}

    @Schema(name = "MinutesItem")
    public record MinutesItem(
            UUID agendaItemId,
            int position,
            String title,
            AgendaItemKind kind,
            @Optional String minutes,
            List<DecisionDto> decisions,
            @Schema(description = "Action items handed out at this point") List<ActionItemDtos.Summary> actionItems,
            @Schema(description = "The agenda item's version") long version)
            implements Versioned {}

    @Schema(
            name = "Minutes",
            description = "A meeting's minutes: attendees, minutes per point, decisions and action items")
    public record MinutesDto(
            UUID meetingId,
            ForumRef forum,
            @Optional String title,
            LocalDate date,
            boolean published,
            @Optional Instant publishedAt,
            @Optional String publishedBy,
            List<AttendeeDto> attendees,
            List<MinutesItem> items,
            @Schema(description = "The meeting's version (its ETag)") long version)
            implements Versioned {}
}
