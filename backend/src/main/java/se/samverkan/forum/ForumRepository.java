package se.samverkan.forum;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.agreement.Level;
import se.samverkan.common.persistence.Like;
import se.samverkan.organisation.OrganisationReference;

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

    /**
     * A forum as the county's structure draws it, as a row: its convener's and its parent's name joined, no entity.
     * {@code group} orders the structure's links: national forums above the county's (0), national forums its
     * agreements name (1), the county's own (2).
     */
    public record StructureRow(
            UUID id,
            String name,
            ForumKind kind,
            Level level,
            String countyCode,
            UUID convenerId,
            String convenerName,
            String chair,
            Integer meetingsPerYear,
            UUID parentId,
            String parentName,
            ForumKind parentKind,
            Level parentLevel,
            ForumRelation parentRelation,
            java.time.LocalDate endsOn,
            int group) {}

    /**
     * "Figur 1" in one statement: the county's forums, the national forums above them (followed upwards while they are
     * national) and the national forums one of the county's agreements names.
     */
    public List<StructureRow> structureOf(String countyCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("with recursive above(id) as ("
                        + " select p.id from forum f join forum p on p.id = f.parent_forum_id"
                        + " where f.county_code = :county and p.county_code is null"
                        + " union select p.id from above a join forum f on f.id = a.id"
                        + " join forum p on p.id = f.parent_forum_id where p.county_code is null),"
                        + " shown(id, grp) as (select id, 0 from above"
                        + " union select fa.forum_id, 1 from forum_agreement fa join agreement a on a.id = fa.agreement_id"
                        + " join forum n on n.id = fa.forum_id where n.county_code is null and a.county_code = :county"
                        + " union select id, 2 from forum where county_code = :county)"
                        + " select f.id, f.name, f.kind, f.level, f.county_code, c.id as convener_id, c.name as convener,"
                        + " f.chair, f.meetings_per_year, p.id as parent_id, p.name as parent, p.kind as parent_kind,"
                        + " p.level as parent_level, f.parent_relation, f.ends_on, s.grp"
                        + " from (select id, min(grp) as grp from shown group by id) s join forum f on f.id = s.id"
                        + " left join organisation c on c.id = f.convener_organisation_id"
                        + " left join forum p on p.id = f.parent_forum_id order by s.grp, lower(f.name), f.id")
                .setParameter("county", countyCode)
                .getResultList();
        return rows.stream()
                .map(r -> new StructureRow(
                        (UUID) r[0],
                        (String) r[1],
                        ForumKind.valueOf((String) r[2]),
                        Level.valueOf((String) r[3]),
                        (String) r[4],
                        (UUID) r[5],
                        (String) r[6],
                        (String) r[7],
                        r[8] == null ? null : ((Number) r[8]).intValue(),
                        (UUID) r[9],
                        (String) r[10],
                        r[11] == null ? null : ForumKind.valueOf((String) r[11]),
                        r[12] == null ? null : Level.valueOf((String) r[12]),
                        r[13] == null ? null : ForumRelation.valueOf((String) r[13]),
                        localDate(r[14]),
                        ((Number) r[15]).intValue()))
                .toList();
    }

    /** The member organisations of these forums (collective members without one are left out), in their order. */
    public Map<UUID, List<OrganisationReference>> memberOrganisations(Collection<UUID> forumIds) {
        Map<UUID, List<OrganisationReference>> members = new HashMap<>();
        if (forumIds.isEmpty()) {
            return members;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select m.forum_id, o.id, o.name from forum_member m"
                        + " join organisation o on o.id = m.organisation_id where m.forum_id in (:forums)"
                        + " order by m.forum_id, m.position")
                .setParameter("forums", forumIds)
                .getResultList();
        for (Object[] r : rows) {
            members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new OrganisationReference((UUID) r[1], (String) r[2]));
        }
        return members;
    }

    private static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
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
