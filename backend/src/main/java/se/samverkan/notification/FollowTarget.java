package se.samverkan.notification;

import java.util.UUID;

/**
 * Implemented by the feature that owns a followable thing (agreements, forums, action items): whether the caller may
 * follow it, i.e. it exists and the caller may read it. Keeps the notification feature free of the others' rules.
 */
public interface FollowTarget {

    SubjectType type();

    boolean canFollow(UUID id);
}
