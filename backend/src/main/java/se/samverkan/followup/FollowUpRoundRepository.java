package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.agreement.AgreementKind;

@ApplicationScoped
public class FollowUpRoundRepository implements PanacheRepositoryBase<FollowUpRound, UUID> {

    /**
     * What the board shows of a round, with the facts of its agreement that decide who runs it: one row, no entity
     * (the board is read often while a round is open; loading the round and its agreement as entities cost more than
     * the whole rest of the request, issue 20).
     */
    record BoardRound(
            UUID id,
            int year,
            LocalDate deadline,
            RoundStatus status,
            UUID agreementId,
            String countyCode,
            AgreementKind kind,
            String municipalityCode) {}

    public List<FollowUpRound> ofAgreement(UUID agreementId) {
        return list("agreement.id = ?1 order by year desc", agreementId);
    }

    public Optional<FollowUpRound> ofAgreementAndYear(UUID agreementId, int year) {
        return find("agreement.id = ?1 and year = ?2", agreementId, year).firstResultOptional();
    }

    Optional<BoardRound> onBoard(UUID id) {
        return getEntityManager()
                .createQuery(
                        "select r.id, r.year, r.deadline, r.status, a.id, c.code, a.kind, m.code"
                                + " from FollowUpRound r join r.agreement a left join a.county c"
                                + " left join a.municipality m where r.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(r -> new BoardRound(
                        (UUID) r[0],
                        (Integer) r[1],
                        (LocalDate) r[2],
                        (RoundStatus) r[3],
                        (UUID) r[4],
                        (String) r[5],
                        (AgreementKind) r[6],
                        (String) r[7]));
    }
}
