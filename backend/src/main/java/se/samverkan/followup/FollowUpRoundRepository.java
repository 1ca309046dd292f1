package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRoundRepository implements PanacheRepositoryBase<FollowUpRound, UUID> {

    public List<FollowUpRound> ofAgreement(UUID agreementId) {
        return list("agreement.id = ?1 order by year desc", agreementId);
    }

    public Optional<FollowUpRound> ofAgreementAndYear(UUID agreementId, int year) {
        return find("agreement.id = ?1 and year = ?2", agreementId, year).firstResultOptional();
    }
}
