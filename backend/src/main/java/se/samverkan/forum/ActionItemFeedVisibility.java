package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** An action item's changes are as visible as the item. */
@ApplicationScoped
public class ActionItemFeedVisibility implements FeedVisibility {

    @Inject
    ActionItemRepository repository;

    @Inject
    ForumPolicy policy;

    @Override
    public String subjectType() {
        return "ACTION_ITEM";
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
