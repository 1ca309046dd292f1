package se.samverkan.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the follow-up rounds in the change feed and the webhooks: one rule per subject type. */
@ApplicationScoped
public class FollowUpFeedRules {

    /** As visible as the round; rounds are removed only with their agreement, whose removal the agreement's rule shows. */
    @Produces
    @Singleton
    FeedVisibility rounds(FollowUpRoundRepository repository, FollowUpPolicy policy) {
        return new FeedRule<>("FOLLOW_UP_ROUND", repository, e -> e.id, policy::canRead, c -> false);
    }
}
