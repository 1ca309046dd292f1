package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.organisation.OrganisationReference;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** A task as the board lists it, read as a row (no entity, no goal area or organisation loaded apart). */
    record BoardTask(
            UUID id,
            GoalAreaRef goalArea,
            OrganisationReference organisation,
            AssessmentState state,
            GoalStatus status,
            Instant submittedAt) {}

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

    /** Every task of a round with its goal area and organisation, in one statement and in no particular order. */
    List<BoardTask> onBoard(UUID roundId) {
        return getEntityManager()
                .createQuery(
                        "select s.id, g.id, g.number, g.title, o.id, o.name, s.state, s.status, s.submittedAt"
                                + " from Assessment s left join s.goalArea g left join s.organisation o"
                                + " where s.round.id = :id",
                        Object[].class)
                .setParameter("id", roundId)
                .getResultStream()
                .map(r -> new BoardTask(
                        (UUID) r[0],
                        r[1] == null ? null : new GoalAreaRef((UUID) r[1], (String) r[2], (String) r[3]),
                        r[4] == null ? null : new OrganisationReference((UUID) r[4], (String) r[5]),
                        (AssessmentState) r[6],
                        (GoalStatus) r[7],
                        (Instant) r[8]))
                .toList();
    }
}
