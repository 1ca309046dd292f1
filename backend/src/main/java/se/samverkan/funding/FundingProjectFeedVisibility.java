package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** Granted projects are public (who got what for what), and so are their changes. */
@ApplicationScoped
public class FundingProjectFeedVisibility implements FeedVisibility {

    @Inject
    FundingProjectRepository repository;

    @Inject
    FundingPolicy policy;

    @Override
    public String subjectType() {
        return "FUNDING_PROJECT";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, e -> true, e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && policy.canManageCounty(countyCode);
    }
}
