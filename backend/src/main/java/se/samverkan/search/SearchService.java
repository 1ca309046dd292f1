package se.samverkan.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementPolicy;
import se.samverkan.agreement.GoalArea;
import se.samverkan.document.Document;
import se.samverkan.document.DocumentPolicy;
import se.samverkan.document.DocumentType;
import se.samverkan.document.DocumentVersion;
import se.samverkan.forum.ActionItem;
import se.samverkan.forum.AgendaItem;
import se.samverkan.forum.Decision;
import se.samverkan.forum.Forum;
import se.samverkan.forum.ForumPolicy;
import se.samverkan.forum.Meeting;
import se.samverkan.organisation.Organisation;
import se.samverkan.search.SearchDtos.SearchHit;
import se.samverkan.search.SearchDtos.SearchPage;

/**
 * Search across everything. Every candidate the database finds is checked with the policy of the feature it belongs
 * to, the same check a single read makes, so a search never shows what the caller could not open.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    SearchRepository repository;

    @Inject
    EntityManager em;

    @Inject
    AgreementPolicy agreements;

    @Inject
    ForumPolicy forums;

    @Inject
    DocumentPolicy documents;

    /** A readable hit and the text its excerpt is cut from. */
    private record Found(SearchHit hit, String body) {}

    @Transactional
    public SearchPage search(String text, SearchKind kind, String countyCode, int page, int size) {
        List<SearchRepository.Candidate> candidates = repository.candidates(text, kind, countyCode);
        List<Found> visible = new ArrayList<>();
        for (SearchRepository.Candidate candidate : candidates) {
            Found found = readable(candidate);
            if (found != null) {
                visible.add(found);
            }
        }
        int from = Math.min(page * size, visible.size());
        int to = Math.min(from + size, visible.size());
        List<SearchHit> items = visible.subList(from, to).stream()
                .map(f -> withExcerpt(f, text))
                .toList();
        return new SearchPage(items, visible.size(), page, size, candidates.size() >= SearchRepository.MAX_CANDIDATES);
    }

    private SearchHit withExcerpt(Found found, String text) {
        SearchHit h = found.hit();
        return new SearchHit(
                h.kind(),
                h.id(),
                h.title(),
                h.context(),
                repository.excerpt(found.body(), text),
                h.parentId(),
                h.ownerType(),
                h.ownerId(),
                h.countyCode(),
                h.rank());
    }

    /** The hit when the caller may read it, else null. */
    private Found readable(SearchRepository.Candidate c) {
        UUID id = c.id();
        return switch (c.kind()) {
            case AGREEMENT -> {
                Agreement a = em.find(Agreement.class, id);
                yield a == null || !agreements.canRead(a)
                        ? null
                        : found(c, a.title, a.kind.name(), null, null, null, a.purpose);
            }
            case GOAL_AREA -> {
                GoalArea g = em.find(GoalArea.class, id);
                yield g == null || !agreements.canRead(g.agreement)
                        ? null
                        : found(c, g.number + " " + g.title, g.agreement.title, g.agreement.id, null, null, g.goal);
            }
            case FORUM -> {
                Forum f = em.find(Forum.class, id);
                yield f == null
                        ? null
                        : found(c, f.name, f.county == null ? null : f.county.name, null, null, null, f.description);
            }
            case MEETING -> {
                Meeting m = em.find(Meeting.class, id);
                yield m == null
                        ? null
                        : found(
                                c,
                                m.title,
                                m.forum.name + ", " + m.date,
                                m.forum.id,
                                null,
                                null,
                                String.join(
                                        ". ",
                                        m.agenda.stream().map(i -> i.title).toList()));
            }
            case MINUTES -> {
                AgendaItem i = em.find(AgendaItem.class, id);
                yield i == null || !forums.canReadMinutes(i.meeting)
                        ? null
                        : found(
                                c,
                                i.title,
                                i.meeting.title + ", " + i.meeting.date,
                                i.meeting.id,
                                null,
                                null,
                                i.minutes);
            }
            case DECISION -> {
                Decision d = em.find(Decision.class, id);
                yield d == null || !forums.canReadMinutes(d.agendaItem.meeting)
                        ? null
                        : found(
                                c,
                                d.agendaItem.title,
                                d.agendaItem.meeting.title + ", " + d.agendaItem.meeting.date,
                                d.agendaItem.meeting.id,
                                null,
                                null,
                                d.text);
            }
            case ACTION_ITEM -> {
                ActionItem t = em.find(ActionItem.class, id);
                yield t == null || !forums.canRead(t)
                        ? null
                        : found(c, t.title, t.forum.name, t.forum.id, null, null, t.description);
            }
            case ORGANISATION -> {
                Organisation o = em.find(Organisation.class, id);
                yield o == null ? null : found(c, o.name, null, null, null, null, o.mandate);
            }
            case DOCUMENT -> {
                Document d = em.find(Document.class, id);
                DocumentPolicy.Owner owner = d == null ? null : documents.resolve(d.ownerType, d.ownerId);
                if (d == null || !documents.canRead(d, owner)) {
                    yield null;
                }
                DocumentVersion current = d.type == DocumentType.FILE ? d.current() : null;
                yield found(
                        c,
                        d.title,
                        owner.title(),
                        owner.parentId(),
                        d.ownerType.name(),
                        d.ownerId,
                        current == null ? d.url : current.textContent);
            }
        };
    }

    private static Found found(
            SearchRepository.Candidate c,
            String title,
            String context,
            UUID parentId,
            String ownerType,
            UUID ownerId,
            String body) {
        return new Found(
                new SearchHit(
                        c.kind(), c.id(), title, context, null, parentId, ownerType, ownerId, c.countyCode(), c.rank()),
                body);
    }
}
