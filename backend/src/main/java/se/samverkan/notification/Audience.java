package se.samverkan.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who an event is for, in the terms the app already knows: the members of some organisations (parties,
 * responsible organisations, forum members), the coordinators of the event's county, the followers of some things,
 * and (for published minutes only) the public's confirmed subscribers of a forum. {@link Recipients} turns it into
 * people with addresses.
 */
public final class Audience {

    final Set<UUID> organisations = new LinkedHashSet<>();
    boolean countyCoordinators;
    final Set<Followed> followed = new LinkedHashSet<>();
    UUID publicSubscribersOfForum;

    record Followed(SubjectType type, UUID id) {}

    public static Audience create() {
        return new Audience();
    }

    public Audience organisations(java.util.Collection<UUID> ids) {
        ids.stream().filter(java.util.Objects::nonNull).forEach(organisations::add);
        return this;
    }

    public Audience organisation(UUID id) {
        if (id != null) {
            organisations.add(id);
        }
        return this;
    }

    /** The coordinators of the event's own county (never another county's). */
    public Audience countyCoordinators() {
        countyCoordinators = true;
        return this;
    }

    public Audience followersOf(SubjectType type, UUID id) {
        if (id != null) {
            followed.add(new Followed(type, id));
        }
        return this;
    }

    /** Confirmed public e-mail subscribers of a forum's published minutes. */
    public Audience publicSubscribersOf(UUID forumId) {
        publicSubscribersOfForum = forumId;
        return this;
    }
}
