package se.samverkan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.history.ChangeRecorder;

/**
 * How every loader writes demo data: stamped by the demo actor at the application clock's time, persisted, and its
 * creation recorded in the history as the system's.
 */
@ApplicationScoped
class DemoWrites {

    private static final ChangeRecorder.Actor SYSTEM = ChangeRecorder.Actor.system(DemoDataLoader.ACTOR);

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    Instant now() {
        return history.now();
    }

    /** Stamps the entity as created by the demo actor now, and persists it. */
    <E extends AuditedEntity> E persist(E entity) {
        entity.stampCreated(DemoDataLoader.ACTOR, now());
        em.persist(entity);
        return entity;
    }

    /** Records the creation of what the demo data registered, by the system. */
    void created(ChangeRecorder.Subject subject, String summary, Map<String, String> after) {
        history.recordAs(SYSTEM, subject, ChangeRecorder.CREATED, summary, Map.of(), after);
    }
}
