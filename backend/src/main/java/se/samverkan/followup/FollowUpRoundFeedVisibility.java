package se.samverkan.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** A follow-up round's changes are as visible as the round; rounds are removed only with their agreement, whose removal the agreement's rule shows. */
@ApplicationScoped
public class FollowUpRoundFeedVisibility implements FeedVisibility {

    @Inject
    FollowUpRoundRepository repository;

    @Inject
    FollowUpPolicy policy;

    @Override
    public String subjectType() {
        return "FOLLOW_UP_ROUND";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, e -> policy.canRead(e), e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return false;
    }
}
