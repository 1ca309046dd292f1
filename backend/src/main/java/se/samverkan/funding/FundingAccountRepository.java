package se.samverkan.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FundingAccountRepository implements PanacheRepositoryBase<FundingAccount, UUID> {

    public List<FundingAccount> ofProject(UUID projectId) {
        return list("project.id = ?1 order by dueOn, createdAt", projectId);
    }

    /** The board: accounts the caller may read (the same rule as the policy), earliest due first. */
    public List<FundingAccount> board(
            String countyCode, boolean overdueOnly, LocalDate today, FundingPolicy.Visibility visibility) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything() && !visibility.everyCounty()) {
            List<String> visible = new ArrayList<>();
            if (!visibility.counties().isEmpty()) {
                visible.add("p.county.code in :visibleCounties");
                parameters.and("visibleCounties", visibility.counties());
            }
            if (visibility.organisation() != null) {
                visible.add("p.owner.id = :visibleOrganisation");
                visible.add("exists (select 1 from FundingProject x join x.partners pa where x = p"
                        + " and pa.id = :visibleOrganisation)");
                parameters.and("visibleOrganisation", visibility.organisation());
            }
            if (visible.isEmpty()) {
                return List.of();
            }
            conditions.add("(" + String.join(" or ", visible) + ")");
        }
        if (countyCode != null) {
            conditions.add("p.county.code = :county");
            parameters.and("county", countyCode);
        }
        if (overdueOnly) {
            conditions.add("a.status = :due and a.dueOn < :today");
            parameters.and("due", AccountStatus.DUE).and("today", today);
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        return find(
                        "select a from FundingAccount a join fetch a.project p join fetch p.county left join fetch p.owner"
                                + " where " + where + " order by a.dueOn, p.name, a.id",
                        parameters)
                .range(0, 499)
                .list();
    }
}
