package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.samverkan.notification.FollowTarget;
import se.samverkan.notification.SubjectType;

/** An action item may be followed by whoever may read it. */
@ApplicationScoped
public class ActionItemFollowTarget implements FollowTarget {

    @Inject
    ActionItemRepository items;

    @Inject
    ForumPolicy policy;

    @Override
    public SubjectType type() {
        return SubjectType.ACTION_ITEM;
    }

    @Override
    public boolean canFollow(UUID id) {
        return items.findByIdOptional(id).map(policy::canRead).orElse(false);
    }
}
