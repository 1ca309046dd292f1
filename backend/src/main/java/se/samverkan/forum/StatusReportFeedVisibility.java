package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.history.FeedVisibility;

/** A status report's changes are as visible as the report. */
@ApplicationScoped
public class StatusReportFeedVisibility implements FeedVisibility {

    @Inject
    StatusReportRepository repository;

    @Inject
    ForumPolicy policy;

    @Override
    public String subjectType() {
        return "STATUS_REPORT";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.<StatusReport>list("id in ?1", ids).stream()
                .filter(e -> policy.canRead(e))
                .map(e -> e.id)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return policy.canCreateIn(countyCode);
    }
}
