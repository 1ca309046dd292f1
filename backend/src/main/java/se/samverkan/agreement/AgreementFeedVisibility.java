package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import se.samverkan.history.FeedVisibility;

/** An agreement's changes are as visible as the agreement (drafts only to those who may read them); a removed draft only to those who may create agreements in its county. */
@ApplicationScoped
public class AgreementFeedVisibility implements FeedVisibility {

    @Inject
    AgreementRepository repository;

    @Inject
    AgreementPolicy policy;

    @Override
    public String subjectType() {
        return "AGREEMENT";
    }

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, e -> policy.canRead(e), e -> e.id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return countyCode != null && policy.canCreateIn(countyCode);
    }
}
