package se.samverkan.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.<Organisation>list("id in ?1", ids).stream()
                .filter(e -> true)
                .map(e -> e.id)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return true;
    }
}
