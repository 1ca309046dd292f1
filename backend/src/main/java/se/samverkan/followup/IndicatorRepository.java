package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    /** In the order they were defined. */
    public List<Indicator> ofAgreement(UUID agreementId) {
        return list("agreement.id = ?1 order by createdAt, name", agreementId);
    }

    public List<Indicator> ofGoalArea(UUID goalAreaId) {
        return list("goalArea.id = ?1 order by createdAt, name", goalAreaId);
    }
}
