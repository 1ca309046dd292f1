package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** A call's changes are as visible as the call (drafts only to the county's managers). */
@ApplicationScoped
public class FundingCallFeedVisibility implements FeedVisibility {

    @Inject
    FundingCallRepository repository;

    @Inject
    FundingPolicy policy;

    @Override
    public String subjectType() {
        return "FUNDING_CALL";
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
