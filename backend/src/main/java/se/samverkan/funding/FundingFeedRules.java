package se.samverkan.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the funding calls, applications and projects in the change feed and the webhooks: one rule per subject type. */
@ApplicationScoped
public class FundingFeedRules {

    /** As visible as the call (drafts only to the county's managers). */
    @Produces
    @Singleton
    FeedVisibility calls(FundingCallRepository repository, FundingPolicy policy) {
        return new FeedRule<>("FUNDING_CALL", repository, e -> e.id, policy::canRead, c -> managed(policy, c));
    }

    /** As visible as the application (applicants, co-applicants and the county). */
    @Produces
    @Singleton
    FeedVisibility applications(FundingApplicationRepository repository, FundingPolicy policy) {
        return new FeedRule<>("FUNDING_APPLICATION", repository, e -> e.id, policy::canRead, c -> managed(policy, c));
    }

    /** Granted projects are public (who got what for what), and so are their changes. */
    @Produces
    @Singleton
    FeedVisibility projects(FundingProjectRepository repository, FundingPolicy policy) {
        return new FeedRule<>("FUNDING_PROJECT", repository, e -> e.id, e -> true, c -> managed(policy, c));
    }

    /** A removal is learnt by the managers of the county it was in. */
    private static boolean managed(FundingPolicy policy, String countyCode) {
        return countyCode != null && policy.canManageCounty(countyCode);
    }
}
