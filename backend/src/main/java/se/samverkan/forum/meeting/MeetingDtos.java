package se.samverkan.forum.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.agreement.AgreementDtos.AgreementRef;
import se.samverkan.common.http.Versioned;
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
            @Schema(required = true) UUID id,
            @Schema(required = true) ForumRef forum,
            String title,
            @Schema(required = true) LocalDate date,
            @Schema(description = "Swedish local time; null when only the date is known") LocalTime startTime,
            @Schema(description = "Swedish local time") LocalTime endTime,
            @Schema(description = "The start in UTC; null when only the date is known") Instant startsAt,
            Instant endsAt,
            String location,
            @Schema(description = "Only for the forum's participants, the county's coordinator and admins")
                    String onlineUrl,
            @Schema(required = true) boolean minutesPublished,
            Instant minutesPublishedAt) {}

    @Schema(name = "AgendaItem")
    public record AgendaItemDto(
            @Schema(required = true) UUID id,
            @Schema(required = true, description = "1-based") int position,
            @Schema(required = true) String title,
            @Schema(required = true) AgendaItemKind kind,
            String description,
            String presenter,
            @Schema(description = "The agreement or strategy the point is about, when the caller may see it")
                    AgreementRef agreement,
            GoalAreaRef goalArea,
            @Schema(description = "The status report published for this point, when the caller may see it")
                    StatusReportRef statusReport,
            @Schema(required = true) long version)
            implements Versioned {}

    @Schema(name = "MeetingPermissions", description = "What the caller may do with this meeting now")
    public record Permissions(
            @Schema(
                            required = true,
                            description =
                                    "Change the meeting, its agenda, minutes and decisions (until the minutes are published)")
                    boolean edit,
            @Schema(required = true) boolean delete,
            @Schema(required = true) boolean publishMinutes,
            @Schema(required = true, description = "Read the minutes (GET …/minutes)") boolean readMinutes,
            @Schema(required = true, description = "Hand out action items at the agenda's points")
                    boolean handOutActionItems) {}

    @Schema(name = "Meeting")
    public record MeetingDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) ForumRef forum,
            String title,
            @Schema(required = true) LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            Instant startsAt,
            Instant endsAt,
            String location,
            @Schema(description = "Only for the forum's participants, the county's coordinator and admins")
                    String onlineUrl,
            @Schema(required = true) boolean minutesPublished,
            Instant minutesPublishedAt,
            String minutesPublishedBy,
            @Schema(required = true, description = "The points in order") List<AgendaItemDto> agenda,
            @Schema(
                            required = true,
                            description =
                                    "Follow-up of action items: the forum's open and in-progress items from earlier"
                                            + " meetings (or raised into the forum before this one), computed until they are done or cancelled")
                    List<ActionItemDtos.Summary> followUp,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "Attendee")
    public record AttendeeDto(OrganisationReference organisation, String name, String title) {}

    @Schema(name = "Decision")
    public record DecisionDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID agendaItemId,
            @Schema(required = true) int position,
            @Schema(required = true) String text,
            @Schema(required = true) DecisionOutcome outcome,
            @Schema(required = true) DecisionSubject subject,
            AgreementRef agreement,
            GoalAreaRef goalArea,
            Integer year,
            @Schema(description = "Case number (diarienummer)") String caseNumber,
            @Schema(
                            required = true,
                            description = "What the decision changed when it was recorded; final once recorded")
                    List<DecisionEffectDto> effects,
            @Schema(required = true) long version)
            implements Versioned {}

    @Schema(name = "StandingItem", description = "A standing agenda point: every new meeting of the forum gets it")
    public record StandingItemDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID forumId,
            @Schema(required = true) int position,
            @Schema(required = true) String title,
            @Schema(required = true) AgendaItemKind kind,
            String description,
            AgreementRef agreement,
            GoalAreaRef goalArea,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "StandingItemList", description = "A forum's standing agenda points in order")
    public record StandingItemList(
            @Schema(required = true) List<StandingItemDto> items,
            @Schema(required = true, description = "Whether the caller may change them") boolean editable) {}

    @Schema(name = "DecisionEffect", description = "A change a decision made: the subject it took effect on")
    public record DecisionEffectDto(
            @Schema(required = true) se.samverkan.common.decision.DecisionEffectKind kind,
            @Schema(required = true) UUID subjectId,
            @Schema(
                            description = "The subject as named when the decision took effect; absent when the caller"
                                    + " may not see its agreement")
                    String label,
            @Schema(description = "The agreement of the subject, when the caller may see it") UUID agreementId,
            @Schema(required = true) Instant appliedAt,
            @Schema(required = true) String appliedBy) {}

    @Schema(
            name = "DecisionSubjectCandidate",
            description = "Something a decision of this meeting could take effect on")
    public record DecisionCandidateDto(
            @Schema(required = true) se.samverkan.common.decision.DecisionEffectKind kind,
            @Schema(required = true) UUID subjectId,
            @Schema(required = true) String label,
            UUID agreementId) {}

    @Schema(name = "MinutesItem")
    public record MinutesItem(
            @Schema(required = true) UUID agendaItemId,
            @Schema(required = true) int position,
            @Schema(required = true) String title,
            @Schema(required = true) AgendaItemKind kind,
            String minutes,
            @Schema(required = true) List<DecisionDto> decisions,
            @Schema(required = true, description = "Action items handed out at this point")
                    List<ActionItemDtos.Summary> actionItems,
            @Schema(required = true, description = "The agenda item's version") long version)
            implements Versioned {}

    @Schema(
            name = "Minutes",
            description = "A meeting's minutes: attendees, minutes per point, decisions and action items")
    public record MinutesDto(
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) ForumRef forum,
            String title,
            @Schema(required = true) LocalDate date,
            @Schema(required = true) boolean published,
            Instant publishedAt,
            String publishedBy,
            @Schema(required = true) List<AttendeeDto> attendees,
            @Schema(required = true) List<MinutesItem> items,
            @Schema(required = true, description = "The meeting's version (its ETag)") long version)
            implements Versioned {}
}
