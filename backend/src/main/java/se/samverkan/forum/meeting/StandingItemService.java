package se.samverkan.forum.meeting;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumMapper;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.ForumService;
import se.samverkan.forum.ForumStandingItem;
import se.samverkan.forum.Meeting;
import se.samverkan.forum.meeting.MeetingDtos.StandingItemDto;
import se.samverkan.forum.meeting.MeetingDtos.StandingItemList;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;

/**
 * A forum's standing agenda points, kept by those who manage the forum; every meeting planned afterwards starts its
 * agenda with them (a meeting planned before keeps its agenda: its points may already have minutes).
 */
@ApplicationScoped
public class StandingItemService {

    /** History subject of a forum (its standing points are part of its history). */
    private static final String FORUM_SUBJECT = ForumService.SUBJECT;

    private static final Audit<ForumStandingItem> STANDING_ITEM = new Audit<>(
            i -> new ChangeRecorder.Subject(FORUM_SUBJECT, i.forum.id, "STANDING_ITEM", i.id),
            StandingItemService::snapshot);
    private static final Audit<AgendaItem> AGENDA_ITEM = new Audit<>(
            i -> new ChangeRecorder.Subject(MeetingService.SUBJECT, i.meeting.id, "AGENDA_ITEM", i.id),
            MeetingMapper::snapshot);

    @Inject
    ForumService forumService;

    @Inject
    ForumPolicy policy;

    @Inject
    AgreementPolicy agreementPolicy;

    @Inject
    AgendaService agendaService;

    @Inject
    AuditedChanges changes;

    @Inject
    EntityManager em;

    @ReadOnly
    @Transactional
    public StandingItemList list(UUID forumId) {
        Forum forum = forumService.find(forumId);
        return new StandingItemList(items(forum).stream().map(this::dto).toList(), policy.canManage(forum));
    }

    @Transactional
    public StandingItemDto add(UUID forumId, StandingItemInput input) {
        Forum forum = forumService.findManageable(forumId);
        List<ForumStandingItem> order = items(forum);
        ForumStandingItem item = new ForumStandingItem();
        item.id = UUID.randomUUID();
        item.forum = forum;
        apply(item, input, forum);
        Positions.place(order, item, input.position());
        changes.create(STANDING_ITEM, item, "Added standing agenda point " + item.position + ". " + item.title);
        return dto(item);
    }

    @Transactional
    public StandingItemDto update(UUID forumId, UUID itemId, String ifMatch, StandingItemInput input) {
        Forum forum = forumService.findManageable(forumId);
        List<ForumStandingItem> order = items(forum);
        ForumStandingItem item = find(order, itemId);
        changes.update(
                STANDING_ITEM,
                item,
                ifMatch,
                i -> {
                    apply(i, input, forum);
                    Positions.place(order, i, input.position() == null ? i.position : input.position());
                },
                i -> "Updated standing agenda point " + i.position + ". " + i.title);
        return dto(item);
    }

    @Transactional
    public void remove(UUID forumId, UUID itemId, String ifMatch) {
        Forum forum = forumService.findManageable(forumId);
        List<ForumStandingItem> order = items(forum);
        ForumStandingItem item = find(order, itemId);
        changes.delete(
                STANDING_ITEM,
                item,
                ifMatch,
                i -> {
                    order.remove(i);
                    em.remove(i);
                    Positions.place(order, null, null);
                },
                "Removed standing agenda point " + item.title);
    }

    /** Starts a new meeting's agenda with the forum's standing points, in their order. */
    void copyInto(Meeting meeting) {
        List<ForumStandingItem> standing = items(meeting.forum);
        for (ForumStandingItem s : standing) {
            AgendaItem item = new AgendaItem();
            item.id = UUID.randomUUID();
            item.meeting = meeting;
            item.position = meeting.agenda.size() + 1;
            item.title = s.title;
            item.kind = s.kind;
            item.description = s.description;
            item.agreement = s.agreement;
            item.goalArea = s.goalArea;
            meeting.agenda.add(item);
            changes.create(AGENDA_ITEM, item, "Standing agenda point " + item.position + ". " + item.title);
        }
    }

    private List<ForumStandingItem> items(Forum forum) {
        return new ArrayList<>(em.createQuery(
                        "select s from ForumStandingItem s where s.forum.id = :forum order by s.position",
                        ForumStandingItem.class)
                .setParameter("forum", forum.id)
                .getResultList());
    }

    private static ForumStandingItem find(List<ForumStandingItem> items, UUID itemId) {
        return items.stream()
                .filter(i -> i.id.equals(itemId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("standing-item.not-found", itemId)));
    }

    private void apply(ForumStandingItem item, StandingItemInput input, Forum forum) {
        agendaService.applyPoint(
                item, forum, input.title(), input.kind(), input.description(), input.agreementId(), input.goalAreaId());
    }

    private StandingItemDto dto(ForumStandingItem i) {
        boolean showAgreement = i.agreement != null && agreementPolicy.canRead(i.agreement);
        return new StandingItemDto(
                i.id,
                i.forum.id,
                i.position,
                i.title,
                i.kind,
                i.description,
                showAgreement ? ForumMapper.agreement(i.agreement) : null,
                showAgreement ? ForumMapper.goalArea(i.goalArea) : null,
                i.version,
                ProvenanceDto.of(i.provenance));
    }

    private static java.util.Map<String, String> snapshot(ForumStandingItem i) {
        java.util.Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("position", Integer.toString(i.position));
        s.put("title", i.title);
        s.put("kind", i.kind.name());
        s.put("description", i.description);
        s.put("agreement", ForumMapper.agreementName(i.agreement));
        s.put("goalArea", ForumMapper.goalAreaName(i.goalArea));
        return s;
    }
}
