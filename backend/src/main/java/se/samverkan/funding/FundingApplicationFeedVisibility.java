package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.history.FeedVisibility;

/** An application's changes are as visible as the application (applicants, co-applicants and the county). */
@ApplicationScoped
public class FundingApplicationFeedVisibility implements FeedVisibility {

    @Inject
    FundingApplicationRepository repository;

    @Inject
    FundingPolicy policy;

    @Override
    public String subjectType() {
        return "FUNDING_APPLICATION";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.<FundingApplication>list("id in ?1", ids).stream()
                .filter(e -> policy.canRead(e))
                .map(e -> e.id)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && policy.canManageCounty(countyCode);
    }
}
