package se.samverkan.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.http.Paging;
import se.samverkan.common.persistence.Like;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** Filters of the organisation list; null means "any". */
    public record Filter(String text, OrganisationType type, String countyCode) {}

    public enum SortOrder {
        NAME("lower(o.name) asc"),
        NAME_DESC("lower(o.name) desc"),
        TYPE("o.type asc, lower(o.name) asc"),
        TYPE_DESC("o.type desc, lower(o.name) asc"),
        COUNTY("c.name asc nulls first, lower(o.name) asc"),
        COUNTY_DESC("c.name desc nulls last, lower(o.name) asc");

        final String orderBy;

        SortOrder(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** One page of the list as rows: no entity is loaded, so none is mapped or dirty-checked. */
    public List<OrganisationSummary> search(Filter filter, SortOrder sort, int page, int size) {
        Where where = where(filter);
        var query = getEntityManager()
                .createQuery(
                        "select new se.samverkan.organisation.OrganisationSummary(o.id, o.name, o.type,"
                                + " o.organisationNumber, c.code, c.name, m.code, m.name, p.id, p.name)"
                                + " from Organisation o left join o.county c left join o.municipality m"
                                + " left join o.parent p where " + where.clause + " order by " + sort.orderBy
                                + ", o.id",
                        OrganisationSummary.class)
                .setFirstResult(Math.toIntExact(Paging.offset(page, size)))
                .setMaxResults(size);
        where.parameters.map().forEach(query::setParameter);
        return query.getResultList();
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return find("select count(o) from Organisation o left join o.county c where " + where.clause, where.parameters)
                .project(Long.class)
                .singleResult();
    }

    public Optional<Organisation> findByOrganisationNumber(String organisationNumber) {
        return find("organisationNumber", organisationNumber).firstResultOptional();
    }

    public List<OrganisationReference> children(UUID parentId) {
        return find("select o.id, o.name from Organisation o where o.parent.id = ?1 order by lower(o.name)", parentId)
                .project(OrganisationReference.class)
                .list();
    }

    public long countChildren(UUID parentId) {
        return count("parent.id", parentId);
    }

    /** True when following parents from {@code candidateParent} reaches {@code organisation}. */
    public boolean wouldCreateCycle(UUID organisation, Organisation candidateParent) {
        for (Organisation current = candidateParent; current != null; current = current.parent) {
            if (current.id.equals(organisation)) {
                return true;
            }
        }
        return false;
    }

    private record Where(String clause, Parameters parameters) {}

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        conditions.add("1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(o.name) like :text escape '\\' or o.organisationNumber like :digits escape '\\')");
            parameters.and("text", Like.containing(filter.text()));
            parameters.and("digits", Like.containing(filter.text().replace("-", "")));
        }
        if (filter.type() != null) {
            conditions.add("o.type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.countyCode() != null) {
            conditions.add("c.code = :county");
            parameters.and("county", filter.countyCode());
        }
        return new Where(String.join(" and ", conditions), parameters);
    }
}
