package se.samverkan.followup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.organisation.CallerOrganisation;

/**
 * The organisations a member writes follow-up for: their own and its sub-units. A regional office such as
 * Arbetsförmedlingen Norra Mälardalen has no organisation number of its own, so the agency's staff act for it.
 */
@RequestScoped
public class ActingOrganisations {

    @Inject
    CallerOrganisation callerOrganisation;

    @Inject
    EntityManager em;

    private Set<UUID> ids;

    public Set<UUID> ids() {
        if (ids == null) {
            ids = callerOrganisation.id().map(this::withSubUnits).orElse(Set.of());
        }
        return ids;
    }

    public boolean includes(UUID organisationId) {
        return ids().contains(organisationId);
    }

    private Set<UUID> withSubUnits(UUID root) {
        @SuppressWarnings("unchecked")
        List<UUID> units = em.createNativeQuery(
                        "with recursive unit(id) as (select cast(:root as uuid) "
                                + "union select o.id from organisation o join unit u on o.parent_id = u.id) select id from unit",
                        UUID.class)
                .setParameter("root", root)
                .getResultList();
        return Set.copyOf(units);
    }
}
