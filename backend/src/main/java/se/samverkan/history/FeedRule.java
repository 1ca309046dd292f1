package se.samverkan.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A feature's {@link FeedVisibility} declared as data: the subject type, where its entities are, the policy's reading
 * rule, and who may learn of a removal (by the removed subject's county, null when national or unknown). A feature
 * produces one per subject type (a {@code @Produces @Singleton} method).
 */
public record FeedRule<E>(
        String subjectType,
        PanacheRepositoryBase<E, UUID> repository,
        Function<E, UUID> id,
        Predicate<E> canRead,
        Predicate<String> mayLearnRemoval)
        implements FeedVisibility {

    @Override
    public Set<UUID> readable(Collection<UUID> ids) {
        return FeedVisibility.readableAmong(repository, ids, canRead, id);
    }

    @Override
    public boolean mayLearnRemoval(String countyCode) {
        return mayLearnRemoval.test(countyCode);
    }
}
