package se.samverkan.forum.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.organisation.OrganisationReference;

/** The read models of action items (uppdrag, medskick). */
public final class ActionItemDtos {

    private ActionItemDtos() {}

    @Schema(name = "ActionItemMeeting", description = "The meeting an item was handed out at")
    public record MeetingRef(
            UUID id, LocalDate date, @Optional String title, UUID agendaItemId, String agendaItemTitle) {}

    @Schema(name = "ActionItemLink", description = "An item this one was raised from or to")
    public record ActionItemLink(UUID id, ForumRef forum) {}

    @Schema(name = "ActionItemSummary")
    public record Summary(
            UUID id,
            String title,
            @Schema(description = "The forum that follows the item up") ForumRef forum,
            @Optional @Schema(description = "Null for an item raised from another forum") MeetingRef meeting,
            OrganisationReference owner,
            @Optional String ownerPerson,
            @Optional LocalDate dueOn,
            ActionItemStatus status,
            @Schema(description = "Open or in progress, and past its due date") boolean overdue,
            @Optional @Schema(description = "The forum or working group the item is handed to") ForumRef assigneeForum,
            @Optional ActionItemLink raisedFrom,
            long version,
            @Optional ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ActionItemPage")
    public record Page(List<Summary> items, long total, int page, int size) {}

    @Schema(
            name = "ActionItemTrailStep",
            description = "One forum an issue passed through; title and status only when the caller may read that item")
    public record TrailStep(
            UUID id,
            ForumRef forum,
            boolean visible,
            @Optional String title,
            @Optional ActionItemStatus status,
            @Schema(description = "When the item was handed out or raised") Instant createdAt,
            @Optional @Schema(description = "Who handed it out or raised it; only when visible") String createdBy,
            @Schema(description = "Steps between the origin and this one: 0 for the origin") int depth,
            @Schema(description = "The item being read") boolean current,
            @Optional
                    @Schema(
                            description =
                                    "How it came from the step above: escalated or passed along; absent for the origin")
                    se.samverkan.forum.RaisedAs raisedAs) {}

    @Schema(name = "ActionItemPermissions", description = "What the caller may do with this item now")
    public record Permissions(
            @Schema(description = "Change title, description, owner, due date and assignee") boolean edit,
            @Schema(description = "Statuses the caller may move it to now") List<ActionItemStatus> statusChanges,
            @Schema(description = "Raise it to a forum at a higher level") boolean escalate,
            @Schema(description = "Pass it to the forum its forum prepares for or reports to (passAlongTo)")
                    boolean passAlong,
            @Schema(description = "Delete it: while open, not raised, and its meeting's minutes not published")
                    boolean delete) {}

    @Schema(name = "ActionItem")
    public record ActionItemDto(
            UUID id,
            String title,
            @Optional String description,
            ForumRef forum,
            @Optional MeetingRef meeting,
            OrganisationReference owner,
            @Optional String ownerPerson,
            @Optional LocalDate dueOn,
            ActionItemStatus status,
            @Optional String statusNote,
            @Optional Instant closedAt,
            boolean overdue,
            @Optional ForumRef assigneeForum,
            @Optional ActionItemLink raisedFrom,
            List<ActionItemLink> raisedTo,
            @Schema(description = "The whole chain of raisings this item belongs to, origin first, depth-first")
                    List<TrailStep> trail,
            @Optional
                    @Schema(
                            description =
                                    "The forum this item's forum prepares for or reports to: where it is passed along to")
                    ForumRef passAlongTo,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions,
            @Optional ProvenanceDto provenance)
            implements Versioned {}
}
