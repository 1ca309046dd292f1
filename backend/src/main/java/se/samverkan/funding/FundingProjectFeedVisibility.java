package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.<FundingProject>list("id in ?1", ids).stream()
                .filter(e -> true)
                .map(e -> e.id)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && policy.canManageCounty(countyCode);
    }
}
