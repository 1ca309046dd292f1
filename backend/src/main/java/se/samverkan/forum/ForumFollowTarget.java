package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.samverkan.notification.FollowTarget;
import se.samverkan.notification.SubjectType;

/** Forums are public: anyone signed in may follow one (their meetings and published minutes). */
@ApplicationScoped
public class ForumFollowTarget implements FollowTarget {

    @Inject
    ForumRepository forums;

    @Override
    public SubjectType type() {
        return SubjectType.FORUM;
    }

    @Override
    public boolean canFollow(UUID id) {
        return forums.findByIdOptional(id).isPresent();
    }
}
