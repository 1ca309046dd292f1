package se.samverkan.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.decision.DecisionDirectory;

/** Forums and decisions for the features whose subjects forums propose and decide (priorities, follow-up rounds). */
@ApplicationScoped
public class ForumDecisionDirectory implements DecisionDirectory {

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, DecisionRef> decisions(Collection<UUID> ids) {
        Map<UUID, DecisionRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // One statement: the paragraph (§) is the agenda point's number, except in meetings transcribed from
        // documents, whose points were numbered for the demo and are not the minutes' own.
        em.createQuery(
                        "select d.id, m.id, f.id, f.name, m.date, i.position, m.provenance.kind from Decision d"
                                + " join d.agendaItem i join i.meeting m join m.forum f where d.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> found.put(
                        (UUID) row[0],
                        new DecisionRef(
                                (UUID) row[0],
                                (UUID) row[1],
                                (UUID) row[2],
                                (String) row[3],
                                (java.time.LocalDate) row[4],
                                row[6] == null ? (Integer) row[5] : null)));
        return found;
    }

    @Override
    public Map<UUID, ForumRef> forums(Collection<UUID> ids) {
        Map<UUID, ForumRef> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery(
                        "select f.id, f.name, c.code, p.id from Forum f left join f.county c left join f.parent p"
                                + " where f.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> found.put(
                        (UUID) row[0], new ForumRef((UUID) row[0], (String) row[1], (String) row[2], (UUID) row[3])));
        return found;
    }
}
