package se.samverkan.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.samverkan.notification.FollowTarget;
import se.samverkan.notification.SubjectType;

/** An agreement may be followed by whoever may read it. */
@ApplicationScoped
public class AgreementFollowTarget implements FollowTarget {

    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementPolicy policy;

    @Override
    public SubjectType type() {
        return SubjectType.AGREEMENT;
    }

    @Override
    public boolean canFollow(UUID id) {
        return agreements.findByIdOptional(id).map(policy::canRead).orElse(false);
    }
}
