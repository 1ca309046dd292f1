package se.samverkan.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.samverkan.common.problem.Deletions;

/** Deletions as the change log records them (every audited delete writes a DELETED entry for its subject). */
@ApplicationScoped
public class DeletedRecords implements Deletions {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public boolean wasDeleted(UUID id) {
        return !em.createNativeQuery("select 1 from change_log where action = 'DELETED' and entity_id = :id limit 1")
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }
}
