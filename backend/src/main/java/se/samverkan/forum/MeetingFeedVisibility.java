package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** A meeting's changes (agenda, minutes, decisions) are shown to those who may read its minutes: everyone once they are published. */
@ApplicationScoped
public class MeetingFeedVisibility implements FeedVisibility {

    @Inject
    MeetingRepository repository;

    @Inject
    ForumPolicy policy;

    @Override
    public String subjectType() {
        return "MEETING";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, e -> policy.canReadMinutes(e), e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return policy.canCreateIn(countyCode);
    }
}
