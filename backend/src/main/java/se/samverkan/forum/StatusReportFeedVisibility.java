package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
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
        return FeedVisibility.readableAmong(repository, ids, e -> policy.canRead(e), e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return policy.canCreateIn(countyCode);
    }
}
