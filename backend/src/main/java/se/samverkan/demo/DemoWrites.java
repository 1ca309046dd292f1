package se.samverkan.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /** Inserts every demo record whose entity is not stored yet (found by its id); answers how many it inserted. */
    <D> int missing(Class<?> entity, List<D> demos, Function<D, Object> id, Consumer<D> insert) {
        int added = 0;
        for (D demo : demos) {
            if (em.find(entity, id.apply(demo)) == null) {
                insert.accept(demo);
                added++;
            }
        }
        return added;
    }

    /** Records the creation of what the demo data registered, by the system. */
    void created(ChangeRecorder.Subject subject, String summary, Map<String, String> after) {
        history.recordAs(SYSTEM, subject, ChangeRecorder.CREATED, summary, Map.of(), after);
    }
}
