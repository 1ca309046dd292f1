package se.samverkan.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the organisations in the change feed and the webhooks: one rule per subject type. */
@ApplicationScoped
public class OrganisationFeedRules {

    /** Organisations are public, and so are their changes and their removal. */
    @Produces
    @Singleton
    FeedVisibility organisations(OrganisationRepository repository) {
        return new FeedRule<>("ORGANISATION", repository, e -> e.id, e -> true, c -> true);
    }
}
