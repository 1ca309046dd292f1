package se.samverkan.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** Organisations are public, and so are their changes and their removal. */
@ApplicationScoped
public class OrganisationFeedVisibility implements FeedVisibility {

    @Inject
    OrganisationRepository repository;

    @Override
    public String subjectType() {
        return "ORGANISATION";
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
