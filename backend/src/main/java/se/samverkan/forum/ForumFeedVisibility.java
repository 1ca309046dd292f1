package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** Forums are public, and so are their changes and their removal. */
@ApplicationScoped
public class ForumFeedVisibility implements FeedVisibility {

    @Inject
    ForumRepository repository;

    @Override
    public String subjectType() {
        return "FORUM";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, e -> true, e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return true;
    }
}
