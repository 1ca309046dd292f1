package se.samverkan.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.persistence.AuditedEntity;

/**
 * The one way to change an audited, versioned entity: check If-Match → snapshot → apply → stamp → flush → record
 * history. Rules that refuse the change (policy, lifecycle, validation) run inside {@code change}, before it
 * mutates anything, so a refused change leaves neither a modification nor a history entry.
 */
@ApplicationScoped
public class AuditedChanges {

    /** How one kind of entity is audited: the history it belongs to, and what its fields print as. */
    public record Audit<E>(Function<E, ChangeRecorder.Subject> subject, Function<E, Map<String, String>> snapshot) {

        /** The same subject with another snapshot (e.g. only the status fields, for a status change). */
        public Audit<E> showing(Function<E, Map<String, String>> other) {
            return new Audit<>(subject, other);
        }
    }

    @Inject
    ChangeRecorder history;

    @Inject
    EntityManager em;

    /** Stamps, persists, flushes and records a new entity. */
    public <E extends AuditedEntity> E create(Audit<E> audit, E entity, String summary) {
        entity.stampCreated(history.caller().name(), history.now());
        em.persist(entity);
        em.flush();
        history.record(
                audit.subject().apply(entity),
                ChangeRecorder.CREATED,
                summary,
                Map.of(),
                audit.snapshot().apply(entity));
        return entity;
    }

    /** An edit ({@link ChangeRecorder#UPDATED}) based on the version named in If-Match. */
    public <E extends AuditedEntity> E update(
            Audit<E> audit, E entity, String ifMatch, Consumer<E> change, Function<E, String> summary) {
        return change(audit, ChangeRecorder.UPDATED, entity, ifMatch, change, summary);
    }

    /**
     * An edit its rules allow: {@code allowed} (the lifecycle's check, a rule of the feature) throws before
     * {@code change} runs, so a refused edit changes nothing.
     */
    public <E extends AuditedEntity> E update(
            Audit<E> audit,
            E entity,
            String ifMatch,
            Consumer<E> allowed,
            Consumer<E> change,
            Function<E, String> summary) {
        return update(audit, entity, ifMatch, allowed.andThen(change), summary);
    }

    /** A status change ({@link ChangeRecorder#STATUS_CHANGED}) based on the version named in If-Match. */
    public <E extends AuditedEntity> E changeStatus(
            Audit<E> audit, E entity, String ifMatch, Consumer<E> change, Function<E, String> summary) {
        return change(audit, ChangeRecorder.STATUS_CHANGED, entity, ifMatch, change, summary);
    }

    private <E extends AuditedEntity> E change(
            Audit<E> audit, String action, E entity, String ifMatch, Consumer<E> change, Function<E, String> summary) {
        EntityTags.requireMatch(ifMatch, entity.version);
        return unguarded(audit, action, entity, change, summary);
    }

    /**
     * A change that has no If-Match of its own: one that follows from another (a raise, an import, a revision's
     * adoption) or whose version was checked before a rule that must come first.
     */
    public <E extends AuditedEntity> E unguarded(
            Audit<E> audit, String action, E entity, Consumer<E> change, Function<E, String> summary) {
        Map<String, String> before = audit.snapshot().apply(entity);
        change.accept(entity);
        entity.stampUpdated(history.caller().name(), history.now());
        em.flush();
        history.record(
                audit.subject().apply(entity),
                action,
                summary.apply(entity),
                before,
                audit.snapshot().apply(entity));
        return entity;
    }

    /** Checks If-Match, then removes the entity ({@code remove} deletes it and what belongs only to it) and records it. */
    public <E extends AuditedEntity> void delete(
            Audit<E> audit, E entity, String ifMatch, Consumer<E> remove, String summary) {
        EntityTags.requireMatch(ifMatch, entity.version);
        Map<String, String> before = audit.snapshot().apply(entity);
        remove.accept(entity);
        em.flush();
        history.record(audit.subject().apply(entity), ChangeRecorder.DELETED, summary, before, Map.of());
    }

    /** A removal its rules allow: {@code allowed} throws before {@code remove} runs, so a refused one removes nothing. */
    public <E extends AuditedEntity> void delete(
            Audit<E> audit, E entity, String ifMatch, Consumer<E> allowed, Consumer<E> remove, String summary) {
        delete(audit, entity, ifMatch, allowed.andThen(remove), summary);
    }
}
