package se.samverkan.forum.action;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Raising an item to another forum (escalating it or passing it along): the forum, and what the raised item takes
 * instead of the source's values; null keeps the source's.
 */
interface RaisingInput {

    UUID forumId();

    String title();

    String description();

    UUID ownerOrganisationId();

    String ownerPerson();

    LocalDate dueOn();
}
