package se.samverkan.funding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FundingApplicationRepository implements PanacheRepositoryBase<FundingApplication, UUID> {

    /** Filters of the application list; null means "any". */
    public record Filter(UUID callId, String countyCode, UUID organisationId, ApplicationStatus status) {}

    /** The same rule as {@link FundingPolicy#canRead(FundingApplication)}, as a query. */
    public List<FundingApplication> search(Filter filter, FundingPolicy.Visibility visibility) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (!visibility.everything()) {
            List<String> visible = new ArrayList<>();
            if (visibility.everyCounty()) {
                visible.add("a.status <> :draft");
                parameters.and("draft", ApplicationStatus.DRAFT);
            } else if (!visibility.counties().isEmpty()) {
                visible.add("(c.county.code in :visibleCounties and a.status <> :draft)");
                parameters.and("visibleCounties", visibility.counties()).and("draft", ApplicationStatus.DRAFT);
            }
            if (visibility.organisation() != null) {
                visible.add("a.applicant.id = :visibleOrganisation");
                visible.add("exists (select 1 from FundingApplication x join x.coApplicants co where x = a"
                        + " and co.id = :visibleOrganisation)");
                parameters.and("visibleOrganisation", visibility.organisation());
            }
            if (visible.isEmpty()) {
                return List.of();
            }
            conditions.add("(" + String.join(" or ", visible) + ")");
        }
        if (filter.callId() != null) {
            conditions.add("c.id = :call");
            parameters.and("call", filter.callId());
        }
        if (filter.countyCode() != null) {
            conditions.add("c.county.code = :county");
            parameters.and("county", filter.countyCode());
        }
        if (filter.organisationId() != null) {
            conditions.add("a.applicant.id = :organisation");
            parameters.and("organisation", filter.organisationId());
        }
        if (filter.status() != null) {
            conditions.add("a.status = :status");
            parameters.and("status", filter.status());
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        return find(
                        "select a from FundingApplication a join fetch a.call c join fetch c.programme"
                                + " join fetch c.county join fetch a.applicant where " + where
                                + " order by c.year desc, a.projectName, a.id",
                        parameters)
                .range(0, 499)
                .list();
    }
}
