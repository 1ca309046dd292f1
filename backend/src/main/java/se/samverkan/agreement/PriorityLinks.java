package se.samverkan.agreement;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.decision.DecisionDirectory;
import se.samverkan.common.decision.DecisionDirectory.DecisionRef;
import se.samverkan.common.decision.DecisionDirectory.ForumRef;

/** The forums that proposed and the decisions that decided a set of priorities (and adopted their agreement), read in two statements at most. */
record PriorityLinks(Map<UUID, DecisionRef> decisions, Map<UUID, ForumRef> forums) {

    static final PriorityLinks NONE = new PriorityLinks(Map.of(), Map.of());

    static PriorityLinks of(DecisionDirectory directory, Collection<YearlyPriority> priorities) {
        return of(directory, priorities, null);
    }

    /** The priorities' links and the decision that adopted their agreement (null when none). */
    static PriorityLinks of(DecisionDirectory directory, Collection<YearlyPriority> priorities, UUID adoption) {
        Set<UUID> decisionIds = new HashSet<>();
        if (adoption != null) {
            decisionIds.add(adoption);
        }
        Set<UUID> forumIds = new HashSet<>();
        for (YearlyPriority p : priorities) {
            if (p.decisionId != null) {
                decisionIds.add(p.decisionId);
            }
            if (p.proposedByForumId != null) {
                forumIds.add(p.proposedByForumId);
            }
        }
        if (decisionIds.isEmpty() && forumIds.isEmpty()) {
            return NONE;
        }
        Map<UUID, DecisionRef> decisions = decisionIds.isEmpty() ? Map.of() : directory.decisions(decisionIds);
        Map<UUID, ForumRef> forums = forumIds.isEmpty() ? Map.of() : directory.forums(forumIds);
        return new PriorityLinks(decisions, forums);
    }

    static PriorityLinks of(DecisionDirectory directory, Agreement agreement) {
        return of(
                directory,
                agreement.goalAreas.stream()
                        .flatMap(g -> g.priorities.stream())
                        .filter(Objects::nonNull)
                        .toList(),
                agreement.adoptionDecisionId);
    }
}
