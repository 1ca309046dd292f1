package se.samverkan.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A feature's reading rule for the subjects of its change log, as the change feed and the webhooks need it: a change
 * is shown to a caller only when the feature says the caller may read the subject. Implemented once per subject type
 * by a CDI bean that asks the feature's policy; a subject type without a rule is never shown (a forgotten rule must
 * not leak).
 */
public interface FeedVisibility {

    /** The change log's subject type this rule decides, e.g. "AGREEMENT". */
    String subjectType();

    /** Of these subjects, those that exist and that the caller of the current request may read (a few queries). */
    Set<UUID> readable(Collection<UUID> ids);

    /**
     * Whether the caller may learn that a subject of this type is gone (its last county, null when national or
     * unknown): the deleted thing can no longer be asked, so the feature names who could have seen it.
     */
    boolean mayLearnRemoval(String countyCode);

    /** Of these ids, those whose entity exists and passes the feature's reading rule, loaded in one query. */
    static <E> Set<UUID> readableAmong(
            PanacheRepositoryBase<E, UUID> repository,
            Collection<UUID> ids,
            Predicate<E> canRead,
            Function<E, UUID> id) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.list("id in ?1", ids).stream().filter(canRead).map(id).collect(Collectors.toSet());
    }
}
