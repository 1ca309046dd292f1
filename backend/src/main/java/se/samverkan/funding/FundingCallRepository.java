package se.samverkan.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FundingCallRepository implements PanacheRepositoryBase<FundingCall, UUID> {

    /** Calls of a county or year; drafts only where the caller manages the county (the same rule as the policy). */
    public List<FundingCall> search(
            String countyCode, Integer year, CallStatus status, FundingPolicy.Visibility visibility) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything() && !visibility.everyCounty()) {
            if (!visibility.counties().isEmpty()) {
                conditions.add("(c.status <> :draft or c.county.code in :visibleCounties)");
                parameters.and("visibleCounties", visibility.counties());
            } else {
                conditions.add("c.status <> :draft");
            }
            parameters.and("draft", CallStatus.DRAFT);
        }
        if (countyCode != null) {
            conditions.add("c.county.code = :county");
            parameters.and("county", countyCode);
        }
        if (year != null) {
            conditions.add("c.year = :year");
            parameters.and("year", year);
        }
        if (status != null) {
            conditions.add("c.status = :status");
            parameters.and("status", status);
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        return find(
                        "select c from FundingCall c join fetch c.programme join fetch c.county where " + where
                                + " order by c.year desc, c.county.code, c.title, c.id",
                        parameters)
                .range(0, 499)
                .list();
    }
}
