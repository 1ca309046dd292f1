package se.samverkan.followup;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import se.samverkan.common.time.Clocks;

/** Values are written in JDBC batches: a file holds thousands of rows, and none of them is edited alone. */
@ApplicationScoped
public class IndicatorValueRepository implements PanacheRepositoryBase<IndicatorValue, UUID> {

    @Inject
    Clock clock;

    /** A value to store. */
    public record NewValue(
            UUID indicatorId, int year, String municipalityCode, Gender gender, BigDecimal value, boolean sample) {}

    /** Year, then the county before municipalities by code, then total, women, men. */
    public static final Comparator<IndicatorValue> ORDER = Comparator.comparingInt((IndicatorValue v) -> v.year)
            .thenComparing(v -> v.municipalityCode == null ? "" : v.municipalityCode)
            .thenComparing(v -> v.gender);

    /** The values of one indicator as the API shows them, sorted and named in SQL: no entities for a read-only list. */
    public List<FollowUpDtos.ValueDto> rowsOf(UUID indicatorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select v.year, v.municipality_code, m.name, v.gender, v.value, v.sample"
                        + " from indicator_value v left join municipality m on m.code = v.municipality_code where v.indicator_id = :id"
                        + " order by v.year, coalesce(v.municipality_code, ''),"
                        + " case v.gender when 'TOTAL' then 0 when 'WOMEN' then 1 else 2 end")
                .setParameter("id", indicatorId)
                .getResultList();
        return rows.stream()
                .map(r -> new FollowUpDtos.ValueDto(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        Gender.valueOf((String) r[3]),
                        ValueRules.normalised((BigDecimal) r[4]),
                        (Boolean) r[5]))
                .toList();
    }

    public List<IndicatorValue> ofIndicators(Collection<UUID> indicatorIds) {
        return indicatorIds.isEmpty()
                ? List.of()
                : list("indicator.id in ?1", indicatorIds).stream()
                        .sorted(ORDER)
                        .toList();
    }

    /**
     * What the rows of {@link #rowsOf} depend on, in one statement: every write of values inserts rows stamped with
     * their time (a replacement deletes and inserts), so the count and the latest stamp change with them; municipality
     * names advance the document counter (change_counter, V41; V9). Equal fingerprints, equal rows.
     */
    public record Fingerprint(long count, Instant latest, long names) {}

    public Fingerprint fingerprintOf(UUID indicatorId) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery("select count(*), max(v.recorded_at),"
                        + " (select document from change_counter)"
                        + " from indicator_value v where v.indicator_id = :id")
                .setParameter("id", indicatorId)
                .getSingleResult();
        Object latest = row[1];
        Instant at = latest == null
                ? null
                : latest instanceof Timestamp t
                        ? t.toInstant()
                        : latest instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) latest;
        return new Fingerprint(((Number) row[0]).longValue(), at, ((Number) row[2]).longValue());
    }

    public long countOf(UUID indicatorId) {
        return count("indicator.id", indicatorId);
    }

    /** How many values each indicator has, by year ascending: one statement for a whole list of indicators. */
    public java.util.Map<UUID, java.util.SortedMap<Integer, Long>> countsByYear(Collection<UUID> indicatorIds) {
        java.util.Map<UUID, java.util.SortedMap<Integer, Long>> counts = new java.util.HashMap<>();
        if (indicatorIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select v.indicator.id, v.year, count(v) from IndicatorValue v where v.indicator.id in ?1 "
                                + "group by v.indicator.id, v.year",
                        Object[].class)
                .setParameter(1, indicatorIds)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], id -> new java.util.TreeMap<>())
                        .put((Integer) row[1], (Long) row[2]));
        return counts;
    }

    /** Replaces every value of the indicator; returns how many there were. */
    public long replaceAll(UUID indicatorId, List<NewValue> values, String actor) {
        long removed = delete("indicator.id", indicatorId);
        insert(values, actor);
        return removed;
    }

    /** Stores the values, replacing those with the same indicator, year, municipality and gender. */
    public void upsert(List<NewValue> values, String actor) {
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from indicator_value where indicator_id = ? "
                            + "and year = ? and municipality_code is not distinct from ? and gender = ?")) {
                for (NewValue v : values) {
                    delete.setObject(1, v.indicatorId());
                    delete.setInt(2, v.year());
                    delete.setString(3, v.municipalityCode());
                    delete.setString(4, v.gender().name());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
        insert(values, actor);
    }

    private void insert(List<NewValue> values, String actor) {
        getEntityManager().flush();
        Timestamp now = Timestamp.from(Clocks.now(clock));
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into indicator_value (id, indicator_id, year, "
                            + "municipality_code, gender, value, sample, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (NewValue v : values) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, v.indicatorId());
                    insert.setInt(3, v.year());
                    if (v.municipalityCode() == null) {
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setString(4, v.municipalityCode());
                    }
                    insert.setString(5, v.gender().name());
                    insert.setBigDecimal(6, v.value());
                    insert.setBoolean(7, v.sample());
                    insert.setTimestamp(8, now);
                    insert.setString(9, actor);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
