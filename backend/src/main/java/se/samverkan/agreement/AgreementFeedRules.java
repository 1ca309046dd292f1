package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the agreements in the change feed and the webhooks: one rule per subject type. */
@ApplicationScoped
public class AgreementFeedRules {

    /** As visible as the agreement (drafts only to those who may read them); a removed draft only to those who may create agreements in its county. */
    @Produces
    @Singleton
    FeedVisibility agreements(AgreementRepository repository, AgreementPolicy policy) {
        return new FeedRule<>(
                "AGREEMENT", repository, e -> e.id, policy::canRead, c -> c != null && policy.canCreateIn(c));
    }
}
