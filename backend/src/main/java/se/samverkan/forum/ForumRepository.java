package se.samverkan.forum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Level;
import se.samverkan.common.persistence.Like;

@ApplicationScoped
public class ForumRepository implements PanacheRepositoryBase<Forum, UUID> {

    /** National first, local last (the enum's order), not alphabetical. */
    private static final String LEVEL_ORDER = "case f.level when se.samverkan.agreement.Level.NATIONAL then 0"
            + " when se.samverkan.agreement.Level.REGIONAL then 1 when se.samverkan.agreement.Level.SUBREGIONAL then 2 else 3 end";

    /** Filters of the forum list; null means "any". */
    public record Filter(String text, String countyCode, Level level, ForumKind kind) {}

    public List<Forum> search(Filter filter, int page, int size) {
        Where where = where(filter);
        return find(
                        "select f from Forum f left join fetch f.county left join fetch f.convener left join fetch f.parent where "
                                + where.clause + " order by f.county.code nulls first, " + LEVEL_ORDER
                                + ", lower(f.name), f.id",
                        where.parameters)
                .page(page, size)
                .list();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return find("from Forum f where " + where.clause, where.parameters).count();
    }

    /** One forum with what its details show, in one query rather than one per member. */
    public java.util.Optional<Forum> findWithMembers(UUID id) {
        return find(
                        "select f from Forum f left join fetch f.county left join fetch f.convener left join fetch f.parent"
                                + " left join fetch f.members m left join fetch m.organisation where f.id = ?1",
                        id)
                .singleResultOptional();
    }

    /** The county's forums with their members, conveners and parents in one query (the structure draws them all). */
    public List<Forum> inCounty(String countyCode) {
        return find(
                        "select distinct f from Forum f left join fetch f.members m left join fetch m.organisation"
                                + " left join fetch f.convener left join fetch f.parent where f.county.code = ?1",
                        countyCode)
                .list();
    }

    /** National forums that one of the county's agreements names, linked or not to one of its forums. */
    public List<Forum> nationalNamedIn(String countyCode) {
        return find(
                        "select distinct f from Forum f join f.agreements a left join fetch f.members m left join fetch m.organisation"
                                + " where f.county is null and a.county.code = ?1",
                        countyCode)
                .list();
    }

    /** Forums and working groups that prepare for or report to the given one. */
    public List<Forum> linkedTo(UUID forumId) {
        return list("parent.id = ?1 order by kind, lower(name)", forumId);
    }

    /** True when meetings, action items, status reports or other forums refer to the forum. */
    public boolean isInUse(UUID forumId) {
        return count("parent.id", forumId) > 0
                || exists("select count(m) from Meeting m where m.forum.id = :id", forumId)
                || exists(
                        "select count(a) from ActionItem a where a.forum.id = :id or a.assigneeForum.id = :id", forumId)
                || exists("select count(r) from StatusReport r where r.forum.id = :id", forumId)
                // A priority it proposed names it (the agreement feature keeps the forum's id).
                || exists("select count(p) from YearlyPriority p where p.proposedByForumId = :id", forumId);
    }

    private boolean exists(String countQuery, UUID forumId) {
        return getEntityManager()
                        .createQuery(countQuery, Long.class)
                        .setParameter("id", forumId)
                        .getSingleResult()
                > 0;
    }

    /** True when following parents from {@code candidateParent} reaches {@code forum}. */
    public boolean wouldCreateCycle(UUID forum, Forum candidateParent) {
        List<UUID> seen = new ArrayList<>();
        for (Forum current = candidateParent; current != null && !seen.contains(current.id); current = current.parent) {
            if (current.id.equals(forum)) {
                return true;
            }
            seen.add(current.id);
        }
        return false;
    }

    private record Where(String clause, Parameters parameters) {}

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("lower(f.name) like :text escape '\\'");
            parameters.and("text", Like.containing(filter.text()));
        }
        if (filter.countyCode() != null) {
            conditions.add("f.county.code = :county");
            parameters.and("county", filter.countyCode());
        }
        if (filter.level() != null) {
            conditions.add("f.level = :level");
            parameters.and("level", filter.level());
        }
        if (filter.kind() != null) {
            conditions.add("f.kind = :kind");
            parameters.and("kind", filter.kind());
        }
        return new Where(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters);
    }
}
