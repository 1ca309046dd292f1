package se.samverkan.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.Like;

@ApplicationScoped
public class FundingProjectRepository implements PanacheRepositoryBase<FundingProject, UUID> {

    /** Filters of the public project list; null means "any". */
    public record Filter(
            String countyCode, UUID goalAreaId, UUID programmeId, Integer year, UUID organisationId, String query) {}

    public List<FundingProject> search(Filter filter, int page, int size) {
        Parameters parameters = new Parameters();
        String where = where(filter, parameters);
        // Owner and county in the same statement; budget lines and sources come in one more (see the service).
        return find(
                        "select p from FundingProject p join fetch p.county left join fetch p.owner where " + where
                                + " order by p.startsOn desc nulls last, p.name, p.id",
                        parameters)
                .page(page, size)
                .list();
    }

    public long count(Filter filter) {
        Parameters parameters = new Parameters();
        return find("select count(p) from FundingProject p where " + where(filter, parameters), parameters)
                .project(Long.class)
                .singleResult();
    }

    private static String where(Filter filter, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.countyCode() != null) {
            conditions.add("p.county.code = :county");
            parameters.and("county", filter.countyCode());
        }
        if (filter.goalAreaId() != null) {
            conditions.add(
                    "exists (select 1 from FundingProject x join x.goalAreas g where x = p and g.id = :goalArea)");
            parameters.and("goalArea", filter.goalAreaId());
        }
        if (filter.programmeId() != null) {
            conditions.add(
                    "exists (select 1 from FundingProject x join x.budget b where x = p and b.programme.id = :programme)");
            parameters.and("programme", filter.programmeId());
        }
        if (filter.year() != null) {
            conditions.add("exists (select 1 from FundingProject x join x.budget b where x = p and b.year = :year)");
            parameters.and("year", filter.year());
        }
        if (filter.organisationId() != null) {
            conditions.add("(p.owner.id = :organisation or exists (select 1 from FundingProject x join x.partners pa"
                    + " where x = p and pa.id = :organisation))");
            parameters.and("organisation", filter.organisationId());
        }
        if (filter.query() != null) {
            conditions.add("lower(p.name) like :query escape '\\'");
            parameters.and("query", Like.containing(filter.query()));
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}
