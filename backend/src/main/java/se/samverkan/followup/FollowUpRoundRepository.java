package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.followup.FollowUpDtos.GoalAreaRef;
import se.samverkan.organisation.OrganisationReference;

@ApplicationScoped
public class FollowUpRoundRepository implements PanacheRepositoryBase<FollowUpRound, UUID> {

    /**
     * What the board shows of a round, with the facts of its agreement that decide who runs it and its tasks, in no
     * particular order: rows, no entities (the board is read often while a round is open; loading the round, its
     * agreement, assessments, goal areas and organisations as entities cost more than the whole rest of the request,
     * issue 20).
     */
    record BoardRound(
            UUID id,
            int year,
            LocalDate deadline,
            RoundStatus status,
            UUID agreementId,
            String countyCode,
            AgreementKind kind,
            String municipalityCode,
            List<BoardTask> tasks) {}

    /** A task as the board lists it. */
    record BoardTask(
            UUID id,
            GoalAreaRef goalArea,
            OrganisationReference organisation,
            AssessmentState state,
            GoalStatus status,
            Instant submittedAt) {}

    public List<FollowUpRound> ofAgreement(UUID agreementId) {
        return list("agreement.id = ?1 order by year desc", agreementId);
    }

    public Optional<FollowUpRound> ofAgreementAndYear(UUID agreementId, int year) {
        return find("agreement.id = ?1 and year = ?2", agreementId, year).firstResultOptional();
    }

    /** The round and its tasks in one statement: a row per task, or one without a task for a round that has none. */
    Optional<BoardRound> onBoard(UUID id) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select r.id, r.year, r.deadline, r.status, a.id, c.code, a.kind, m.code,"
                                + " s.id, g.id, g.number, g.title, o.id, o.name, s.state, s.status, s.submittedAt"
                                + " from FollowUpRound r join r.agreement a left join a.county c"
                                + " left join a.municipality m left join r.assessments s left join s.goalArea g"
                                + " left join s.organisation o where r.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<BoardTask> tasks = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            if (r[8] != null) {
                tasks.add(new BoardTask(
                        (UUID) r[8],
                        r[9] == null ? null : new GoalAreaRef((UUID) r[9], (String) r[10], (String) r[11]),
                        r[12] == null ? null : new OrganisationReference((UUID) r[12], (String) r[13]),
                        (AssessmentState) r[14],
                        (GoalStatus) r[15],
                        (Instant) r[16]));
            }
        }
        Object[] round = rows.get(0);
        return Optional.of(new BoardRound(
                (UUID) round[0],
                (Integer) round[1],
                (LocalDate) round[2],
                (RoundStatus) round[3],
                (UUID) round[4],
                (String) round[5],
                (AgreementKind) round[6],
                (String) round[7],
                List.copyOf(tasks)));
    }
}
