package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The tasks of these organisations in every round, the latest deadline first. */
    public List<Assessment> ofOrganisations(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return list(
                "select a from Assessment a join fetch a.round r join fetch r.agreement join fetch a.goalArea "
                        + "join fetch a.organisation where a.organisation.id in ?1 "
                        + "order by r.year desc, r.deadline desc nulls last, a.goalArea.number, a.organisation.name",
                organisationIds);
    }
}
