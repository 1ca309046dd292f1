package se.samverkan.forum.action;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.KeptJson;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.ActionItemRepository;
import se.samverkan.forum.ActionItemStatus;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ForumRepository;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.MeetingRepository;
import se.samverkan.forum.RaisedAs;
import se.samverkan.forum.action.ActionItemDtos.ActionItemDto;
import se.samverkan.forum.action.ActionItemDtos.Page;
import se.samverkan.forum.action.ActionItemDtos.TrailStep;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryReads;
import se.samverkan.organisation.CallerOrganisation;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationRepository;
import se.samverkan.reference.CountyRepository;

/** Action items: handed out at agenda items, updated by their owners, raised to higher levels, shown on the board. */
@ApplicationScoped
public class ActionItemService extends HistoryReads {

    /** History subject of an action item (an escalation is recorded on both items). */
    public static final String SUBJECT = "ACTION_ITEM";

    @Inject
    se.samverkan.notification.Announcements announcements;

    @Inject
    ActionItemRepository items;

    @Inject
    ForumRepository forums;

    @Inject
    MeetingRepository meetings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CountyRepository counties;

    @Inject
    ForumPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    Clock clock;

    private static final Audit<ActionItem> ITEM =
            new Audit<>(a -> new ChangeRecorder.Subject(SUBJECT, a.id, SUBJECT, a.id), ActionItemMapper::snapshot);
    private static final Audit<ActionItem> STATUS = ITEM.showing(ActionItemMapper::statusSnapshot);
    private static final Audit<ActionItem> RAISED = ITEM.showing(
            a -> Map.of("raisedTo", a.raisedTo.isEmpty() ? "" : a.raisedTo.get(a.raisedTo.size() - 1).forum.name));

    @Inject
    KeptJson kept;

    /** What a kept board page depends on besides the data: its filter, the caller's visibility, today and paging. */
    private record BoardKey(
            ActionItemRepository.Filter filter,
            ForumPolicy.Visibility visibility,
            LocalDate today,
            int page,
            int size) {}

    /** The board page with its JSON, kept while nothing it shows changes (KeptJson). */
    public KeptJson.Json<Page> list(ActionItemRepository.Filter filter, boolean mine, int page, int size) {
        return kept.read(() -> keptList(filter, mine, page, size));
    }

    private KeptJson.Json<Page> keptList(ActionItemRepository.Filter filter, boolean mine, int page, int size) {
        counties.requireKnown(filter.countyCode(), "county");
        if (mine) {
            var own = CallerOrganisation.onlyMine(policy.callerOrganisation(), filter.ownerOrganisationId());
            if (own.isEmpty()) {
                return kept.unkept(new Page(List.of(), 0, page, size));
            }
            filter = new ActionItemRepository.Filter(
                    filter.forumId(), filter.countyCode(), own.get(), filter.status(), filter.overdueOnly());
        }
        LocalDate today = Clocks.today(clock);
        ForumPolicy.Visibility visibility = policy.visibility();
        ActionItemRepository.Filter shown = filter;
        return kept.get(new BoardKey(shown, visibility, today, page, size), kept.version(), () -> {
            var board = items.board(shown, visibility, today, page, size);
            var found = board.rows().stream()
                    .map(a -> ActionItemMapper.summary(a, today))
                    .toList();
            return new Page(found, board.total(), page, size);
        });
    }

    public ActionItemService() {
        super(SUBJECT);
    }

    @ReadOnly
    @Transactional
    public ActionItemDto get(UUID id) {
        return details(findReadable(id));
    }

    @Transactional
    public ActionItemDto create(UUID meetingId, UUID agendaItemId, ActionItemInput input) {
        Meeting meeting = meetings.get(meetingId);
        policy.assertCanManage(meeting.forum);
        AgendaItem agendaItem = meeting.agendaItem(agendaItemId);
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.forum = meeting.forum;
        item.meeting = meeting;
        item.agendaItem = agendaItem;
        item.status = ActionItemStatus.OPEN;
        apply(item, input);
        changes.create(ITEM, item, "Handed out at " + agendaItem.title + ": " + item.title);
        announcements.actionAssigned(item.id);
        return details(item);
    }

    @Transactional
    public ActionItemDto update(UUID id, String ifMatch, ActionItemInput input) {
        ActionItem item = findManageable(id);
        changes.update(
                ITEM,
                item,
                ifMatch,
                a -> {
                    ActionItemStatus.LIFECYCLE.check(a, ActionItemStatus.Action.EDIT);
                    apply(a, input);
                },
                a -> "Updated " + a.title);
        return details(item);
    }

    /**
     * Removes an item handed out by mistake. Once work was reported on it, it was raised elsewhere or the minutes
     * that record it are published, it is part of the record: it is cancelled instead.
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        ActionItem item = findManageable(id);
        changes.delete(
                ITEM,
                item,
                ifMatch,
                a -> {
                    assertDeletable(a);
                    items.delete(a);
                },
                "Deleted " + item.title);
    }

    private static boolean isDeletable(ActionItem a) {
        return a.status == ActionItemStatus.OPEN
                && a.raisedFrom == null
                && a.raisedTo.isEmpty()
                && (a.meeting == null || !a.meeting.minutesPublished());
    }

    private static void assertDeletable(ActionItem a) {
        if (a.status != ActionItemStatus.OPEN) {
            throw ProblemException.ruleViolation(
                    "action-item-not-open", text("forum.action-item-delete-not-open", a.status));
        }
        if (a.raisedFrom != null || !a.raisedTo.isEmpty()) {
            throw ProblemException.ruleViolation("action-item-raised", text("forum.action-item-delete-raised"));
        }
        if (a.meeting != null && a.meeting.minutesPublished()) {
            throw ProblemException.ruleViolation(
                    "minutes-published", text("forum.action-item-delete-minutes-published"));
        }
    }

    @Transactional
    public ActionItemDto changeStatus(UUID id, String ifMatch, ActionItemStatusInput input) {
        ActionItem item = findReadable(id);
        policy.assertCanChangeStatus(item, input.status());
        ActionItemStatus from = item.status;
        changes.changeStatus(
                STATUS,
                item,
                ifMatch,
                a -> {
                    a.status = ActionItemStatus.LIFECYCLE.next(a, ActionItemStatus.Action.toReach(input.status()));
                    a.statusNote = ForumMapper.blankToNull(input.note());
                    a.closedAt = a.status.isClosed() ? Clocks.now(clock) : null;
                },
                a -> "Status " + from + " → " + a.status);
        return details(item);
    }

    /** Raises the item to a forum at a higher level: a linked item there, both keeping the trail. */
    @Transactional
    public ActionItemDto escalate(UUID id, String ifMatch, EscalationInput input) {
        ActionItem source = raisable(id, ifMatch, ActionItemStatus.Action.ESCALATE);
        Forum target = targetForum(input.forumId());
        if (!target.isAbove(source.forum)) {
            throw ProblemException.ruleViolation(
                    "escalation-to-higher-level",
                    text("forum.escalation-to-higher-level", source.forum.level, target.name, target.level));
        }
        if (!ForumService.inSameCountyOrNational(target, source.forum)) {
            throw ProblemException.ruleViolation(
                    "escalation-within-county",
                    text("forum.escalation-within-county", target.name, target.countyCode()));
        }
        return raise(source, target, RaisedAs.ESCALATED, input);
    }

    /**
     * Passes the item along the preparation chain: to the forum its forum prepares for or reports to, whatever the
     * levels (Regionala samverkansgruppen → Beredningsgruppen → Integrationsrådet are all regional). A linked item
     * there, both keeping the trail, as an escalation does.
     */
    @Transactional
    public ActionItemDto passAlong(UUID id, String ifMatch, PassAlongInput input) {
        ActionItem source = raisable(id, ifMatch, ActionItemStatus.Action.PASS_ALONG);
        Forum target = targetForum(input.forumId());
        if (source.forum.parent == null || !source.forum.parent.id.equals(target.id)) {
            throw ProblemException.ruleViolation(
                    "pass-along-the-chain",
                    source.forum.parent == null
                            ? text("forum.pass-along-no-chain", source.forum.name)
                            : text("forum.pass-along-the-chain", source.forum.name, source.forum.parent.name),
                    "forumId",
                    text("forum.pass-along-forum", source.forum.parent == null ? "-" : source.forum.parent.name));
        }
        return raise(source, target, RaisedAs.PASSED_ALONG, input);
    }

    private ActionItemDto raise(ActionItem source, Forum target, RaisedAs how, RaisingInput input) {
        if (source.raisedTo.stream().anyMatch(raised -> raised.forum.id.equals(target.id))) {
            throw ProblemException.ruleViolation(
                    "already-raised",
                    text("forum.already-raised", target.name),
                    "forumId",
                    text("common.already-been-handed-item"));
        }
        Organisation owner = source.owner;
        if (input.ownerOrganisationId() != null) {
            owner = organisations
                    .findByIdOptional(input.ownerOrganisationId())
                    .orElseThrow(() -> ProblemException.invalid(
                            "ownerOrganisationId", text("common.no-organisation-id", input.ownerOrganisationId())));
        }
        ActionItem raised = new ActionItem();
        raised.id = UUID.randomUUID();
        raised.forum = target;
        raised.raisedFrom = source;
        raised.raisedAs = how;
        raised.title = input.title() == null || input.title().isBlank()
                ? source.title
                : input.title().trim();
        raised.description =
                input.description() == null ? source.description : ForumMapper.blankToNull(input.description());
        raised.owner = owner;
        raised.ownerPerson = input.ownerPerson() != null
                ? ForumMapper.blankToNull(input.ownerPerson())
                : owner == source.owner ? source.ownerPerson : null;
        raised.dueOn = input.dueOn();
        raised.status = ActionItemStatus.OPEN;
        String verb = how == RaisedAs.PASSED_ALONG ? "Passed along" : "Raised";
        changes.create(ITEM, raised, verb + " from " + source.forum.name + ": " + raised.title);
        // The source's ETag changes with it (a new updatedAt makes it dirty): what it was raised to is part of it.
        changes.unguarded(
                RAISED,
                ChangeRecorder.UPDATED,
                source,
                a -> a.raisedTo.add(raised),
                a -> (how == RaisedAs.PASSED_ALONG ? "Passed along to " : "Raised to ") + target.name);
        announcements.actionRaised(raised.id);
        return details(raised);
    }

    @Override
    protected ActionItem findReadable(UUID id) {
        return Found.checked(items.findByIdOptional(id), text("action-item.not-found", id), policy::assertCanRead);
    }

    private ActionItem findManageable(UUID id) {
        return Found.checked(findReadable(id), policy::assertCanManage);
    }

    /** An item the caller manages, at the version named, that the lifecycle lets be raised by {@code action}. */
    private ActionItem raisable(UUID id, String ifMatch, ActionItemStatus.Action action) {
        ActionItem source = findManageable(id);
        EntityTags.requireMatch(ifMatch, source.version);
        ActionItemStatus.LIFECYCLE.check(source, action);
        return source;
    }

    /** The forum an item is raised to; an unknown one is the field's fault. */
    private Forum targetForum(UUID forumId) {
        return forums.findByIdOptional(forumId)
                .orElseThrow(() -> ProblemException.invalid("forumId", text("forum.no-forum-id", forumId)));
    }

    private void apply(ActionItem item, ActionItemInput input) {
        FieldViolations violations = new FieldViolations();
        Organisation owner = organisations.findById(input.ownerOrganisationId());
        if (owner == null) {
            violations.add("ownerOrganisationId", text("common.no-organisation-id", input.ownerOrganisationId()));
        }
        Forum assignee = null;
        if (input.assigneeForumId() != null) {
            assignee = forums.findById(input.assigneeForumId());
            if (assignee == null) {
                violations.add("assigneeForumId", text("forum.no-forum-id", input.assigneeForumId()));
            } else if (!ForumService.inSameCountyOrNational(assignee, item.forum)) {
                violations.add("assigneeForumId", text("forum.forum-same-county-national-forum"));
            }
        }
        violations.throwIfAny();
        item.title = input.title().trim();
        item.description = ForumMapper.blankToNull(input.description());
        item.owner = owner;
        item.ownerPerson = ForumMapper.blankToNull(input.ownerPerson());
        item.dueOn = input.dueOn();
        item.assigneeForum = assignee;
    }

    private ActionItemDto details(ActionItem a) {
        boolean manage = policy.canManage(a.forum);
        var permissions = new ActionItemDtos.Permissions(
                manage && ActionItemStatus.LIFECYCLE.allows(a, ActionItemStatus.Action.EDIT),
                policy.statusChanges(a),
                manage && ActionItemStatus.LIFECYCLE.allows(a, ActionItemStatus.Action.ESCALATE),
                manage
                        && a.forum.parent != null
                        && ActionItemStatus.LIFECYCLE.allows(a, ActionItemStatus.Action.PASS_ALONG)
                        && a.raisedTo.stream().noneMatch(r -> r.forum.id.equals(a.forum.parent.id)),
                manage && isDeletable(a));
        return new ActionItemDto(
                a.id,
                a.title,
                a.description,
                ForumMapper.ref(a.forum),
                ActionItemMapper.meeting(a),
                ForumMapper.organisation(a.owner),
                a.ownerPerson,
                a.dueOn,
                a.status,
                a.statusNote,
                a.closedAt,
                a.isOverdue(Clocks.today(clock)),
                ForumMapper.ref(a.assigneeForum),
                ActionItemMapper.link(a.raisedFrom),
                a.raisedTo.stream().map(ActionItemMapper::link).toList(),
                trail(a),
                ForumMapper.ref(a.forum.parent),
                a.version,
                a.createdAt,
                a.createdBy,
                a.updatedAt,
                a.updatedBy,
                permissions,
                ProvenanceDto.of(a.provenance));
    }

    /** Every item of the chain this one belongs to, from the origin down, whichever item is read. */
    private List<TrailStep> trail(ActionItem item) {
        ActionItem origin = item;
        while (origin.raisedFrom != null) {
            origin = origin.raisedFrom;
        }
        List<TrailStep> steps = new ArrayList<>();
        walk(origin, 0, item, steps);
        return steps;
    }

    private void walk(ActionItem a, int depth, ActionItem current, List<TrailStep> steps) {
        boolean visible = policy.canRead(a);
        steps.add(new TrailStep(
                a.id,
                ForumMapper.ref(a.forum),
                visible,
                visible ? a.title : null,
                visible ? a.status : null,
                a.createdAt,
                visible ? a.createdBy : null,
                depth,
                a.id.equals(current.id),
                a.raisedAs));
        a.raisedTo.forEach(raised -> walk(raised, depth + 1, current, steps));
    }
}
