package se.samverkan.common.decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Forums and meeting decisions as other features see them (implemented by the forum feature), so that a priority can
 * name the forum that proposed it and the decision that decided it without the agreement feature depending on forums.
 */
public interface DecisionDirectory {

    /**
     * A decision as its subject links to it: "fastställd av Integrationsrådet 2024-03-12, § 4".
     *
     * @param paragraph the agenda point's number (§), null for meetings transcribed from documents, whose numbering
     *     is not the minutes' own
     */
    record DecisionRef(
            UUID decisionId, UUID meetingId, UUID forumId, String forumName, LocalDate date, Integer paragraph) {}

    /**
     * A forum as a proposer: its county and the forum it prepares for or reports to.
     *
     * @param parentId the forum it prepares for or reports to; null when none
     */
    record ForumRef(UUID id, String name, String countyCode, UUID parentId) {}

    /** The decisions with these ids, read together (ids that do not exist are left out). */
    Map<UUID, DecisionRef> decisions(Collection<UUID> ids);

    /** The forums with these ids, read together. */
    Map<UUID, ForumRef> forums(Collection<UUID> ids);

    default Optional<ForumRef> forum(UUID id) {
        return Optional.ofNullable(forums(java.util.List.of(id)).get(id));
    }
}
