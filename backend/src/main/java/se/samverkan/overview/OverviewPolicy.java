package se.samverkan.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.followup.ActingOrganisations;
import se.samverkan.grant.CallerGrants;
import se.samverkan.grant.GrantPolicy;

/**
 * Whose tasks the caller sees: only their own. A member (or service account) sees the tasks of the organisation they
 * act for and its sub-units; a coordinator sees what waits in the counties they manage (by token or grant; admins every
 * county) and, for local agreements, the municipalities of the federations they coordinate.
 */
@ApplicationScoped
public class OverviewPolicy {

    @Inject
    ActingOrganisations acting;

    @Inject
    GrantPolicy grantPolicy;

    @Inject
    CallerGrants grants;

    /** What the caller's overview covers; each part may be empty. */
    public record Scope(Set<UUID> organisations, List<String> counties, Set<String> municipalities) {

        public boolean member() {
            return !organisations.isEmpty();
        }

        public boolean coordinator() {
            return !counties.isEmpty() || !municipalities.isEmpty();
        }
    }

    public Scope scope() {
        return new Scope(acting.ids(), grantPolicy.managedCounties(), grants.federationMunicipalities());
    }
}
