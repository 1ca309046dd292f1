package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
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
        return FeedVisibility.readableAmong(repository, ids, e -> policy.canRead(e), e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && policy.canManageCounty(countyCode);
    }
}
