package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.samverkan.history.HistoryVisibility;

/** An agreement named in another feature's history is as visible as the agreement itself (drafts stay hidden). */
@ApplicationScoped
public class AgreementHistoryVisibility implements HistoryVisibility {

    public static final String KIND = "agreement";

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy policy;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean canSee(UUID id) {
        Agreement agreement = agreements.findById(id);
        return agreement != null && policy.canRead(agreement);
    }
}
