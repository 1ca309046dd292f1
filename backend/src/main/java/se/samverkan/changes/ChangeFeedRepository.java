package se.samverkan.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads change_feed (filled at commit, see V29): rows after a position, in position order. */
@ApplicationScoped
public class ChangeFeedRepository {

    /** One feed row; {@code gone} when the subject has been deleted since. */
    public record Row(
            long position,
            String subjectType,
            UUID subjectId,
            String action,
            Instant changedAt,
            String county,
            Long version,
            boolean gone) {}

    @Inject
    EntityManager em;

    public List<Row> after(long after, Collection<String> types, Collection<String> counties, int limit) {
        StringBuilder sql = new StringBuilder(
                "select f.position, f.subject_type, f.subject_id, f.action, f.changed_at, f.county_code, f.version,"
                        + " exists (select 1 from change_feed d where d.subject_id = f.subject_id"
                        + " and d.action = 'DELETED') from change_feed f"
                        + " where f.position > :after and f.subject_type in (:types)");
        if (!counties.isEmpty()) {
            sql.append(" and f.county_code in (:counties)");
        }
        sql.append(" order by f.position limit :limit");
        var query = em.createNativeQuery(sql.toString())
                .setParameter("after", after)
                .setParameter("types", types)
                .setParameter("limit", limit);
        if (!counties.isEmpty()) {
            query.setParameter("counties", counties);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Row(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        instant(r[4]),
                        (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).longValue(),
                        (Boolean) r[7]))
                .toList();
    }

    /** The newest position (0 when the feed is empty): where a new subscriber starts. */
    public long last() {
        return ((Number) em.createNativeQuery("select coalesce(max(position), 0) from change_feed")
                        .getSingleResult())
                .longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
