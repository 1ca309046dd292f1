package se.samverkan.forum.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.ForumDtos.ForumRef;
import se.samverkan.organisation.OrganisationReference;

/** The read models of action items (uppdrag, medskick). */
public final class ActionItemDtos {

    private ActionItemDtos() {}

    @Schema(name = "ActionItemMeeting", description = "The meeting an item was handed out at")
    public record MeetingRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate date,
            String title,
            @Schema(required = true) UUID agendaItemId,
            @Schema(required = true) String agendaItemTitle) {}

    @Schema(name = "ActionItemLink", description = "An item this one was raised from or to")
    public record ActionItemLink(@Schema(required = true) UUID id, @Schema(required = true) ForumRef forum) {}

    @Schema(name = "ActionItemSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true, description = "The forum that follows the item up") ForumRef forum,
            @Schema(description = "Null for an item raised from another forum") MeetingRef meeting,
            @Schema(required = true) OrganisationReference owner,
            String ownerPerson,
            LocalDate dueOn,
            @Schema(required = true) ActionItemStatus status,
            @Schema(required = true, description = "Open or in progress, and past its due date") boolean overdue,
            @Schema(description = "The forum or working group the item is handed to") ForumRef assigneeForum,
            ActionItemLink raisedFrom,
            @Schema(required = true) long version,
            ProvenanceDto provenance)
            implements Versioned {}

    @Schema(name = "ActionItemPage")
    public record Page(
            @Schema(required = true) List<Summary> items,
            @Schema(required = true) long total,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {}

    @Schema(
            name = "ActionItemTrailStep",
            description = "One forum an issue passed through; title and status only when the caller may read that item")
    public record TrailStep(
            @Schema(required = true) UUID id,
            @Schema(required = true) ForumRef forum,
            @Schema(required = true) boolean visible,
            String title,
            ActionItemStatus status,
            @Schema(required = true, description = "When the item was handed out or raised") Instant createdAt,
            @Schema(description = "Who handed it out or raised it; only when visible") String createdBy,
            @Schema(required = true, description = "Steps between the origin and this one: 0 for the origin") int depth,
            @Schema(required = true, description = "The item being read") boolean current,
            @Schema(description = "How it came from the step above: escalated or passed along; absent for the origin")
                    se.samverkan.forum.RaisedAs raisedAs) {}

    @Schema(name = "ActionItemPermissions", description = "What the caller may do with this item now")
    public record Permissions(
            @Schema(required = true, description = "Change title, description, owner, due date and assignee")
                    boolean edit,
            @Schema(required = true, description = "Statuses the caller may move it to now")
                    List<ActionItemStatus> statusChanges,
            @Schema(required = true, description = "Raise it to a forum at a higher level") boolean escalate,
            @Schema(
                            required = true,
                            description = "Pass it to the forum its forum prepares for or reports to (passAlongTo)")
                    boolean passAlong,
            @Schema(
                            required = true,
                            description = "Delete it: while open, not raised, and its meeting's minutes not published")
                    boolean delete) {}

    @Schema(name = "ActionItem")
    public record ActionItemDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) ForumRef forum,
            MeetingRef meeting,
            @Schema(required = true) OrganisationReference owner,
            String ownerPerson,
            LocalDate dueOn,
            @Schema(required = true) ActionItemStatus status,
            String statusNote,
            Instant closedAt,
            @Schema(required = true) boolean overdue,
            ForumRef assigneeForum,
            ActionItemLink raisedFrom,
            @Schema(required = true) List<ActionItemLink> raisedTo,
            @Schema(
                            required = true,
                            description = "The whole chain of raisings this item belongs to, origin first, depth-first")
                    List<TrailStep> trail,
            @Schema(description = "The forum this item's forum prepares for or reports to: where it is passed along to")
                    ForumRef passAlongTo,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions,
            ProvenanceDto provenance)
            implements Versioned {}
}
