package se.samverkan.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The computed reports of approved rounds (V9): valid for the round's version and the change_counter.report_input value they
 * were computed at. Stored in a transaction of their own, so a read stays a read and a failed store only costs a
 * recomputation. Parts read lately are also kept in memory: the same round, version, change and part always hold the
 * same bytes, so a kept part is served without reading (and decoding) megabytes from the database per request.
 */
@ApplicationScoped
class ReportSnapshots {

    private static final Logger LOG = Logger.getLogger(ReportSnapshots.class);

    enum Part {
        JSON("report_json"),
        CSV("report_csv"),
        PDF("report_pdf");

        final String column;

        Part(String column) {
            this.column = column;
        }
    }

    /** The most bytes kept in memory (a national-scale report is about 2.5 MB in all three formats). */
    private static final long KEPT_BYTES = 16L * 1024 * 1024;

    private record Key(UUID round, long version, long change, Part part) {}

    @Inject
    EntityManager em;

    private final Map<Key, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    /** Advanced at the commit of every change to what a report is computed from (V41: seen with the change). */
    long currentChange() {
        return ((Number) em.createNativeQuery("select report_input from change_counter")
                        .getSingleResult())
                .longValue();
    }

    byte[] find(UUID roundId, long roundVersion, long change, Part part) {
        Key key = new Key(roundId, roundVersion, change, part);
        synchronized (kept) {
            byte[] bytes = kept.get(key);
            if (bytes != null) {
                return bytes;
            }
        }
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select " + part.column + " from follow_up_report_snapshot"
                        + " where round_id = :round and round_version = :version and input_change = :change")
                .setParameter("round", roundId)
                .setParameter("version", roundVersion)
                .setParameter("change", change)
                .getResultList();
        byte[] bytes = rows.isEmpty() ? null : rows.get(0);
        if (bytes != null) {
            keep(key, bytes);
        }
        return bytes;
    }

    private void keep(Key key, byte[] bytes) {
        if (bytes.length > KEPT_BYTES) {
            return;
        }
        synchronized (kept) {
            byte[] before = kept.put(key, bytes);
            keptBytes += bytes.length - (before == null ? 0 : before.length);
            Iterator<byte[]> eldest = kept.values().iterator();
            while (keptBytes > KEPT_BYTES && eldest.hasNext()) {
                keptBytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }

    /** Keeps a part computed at {@code change}, unless something changed meanwhile (then the next read computes again). */
    void store(UUID roundId, long roundVersion, long change, Part part, byte[] bytes) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (currentChange() != change) {
                    return;
                }
                if (part == Part.JSON) {
                    em.createNativeQuery(
                                    "insert into follow_up_report_snapshot (round_id, round_version, input_change, report_json, computed_at)"
                                            + " values (:round, :version, :change, :json, now()) on conflict (round_id) do update"
                                            + " set round_version = excluded.round_version, input_change = excluded.input_change,"
                                            + " report_json = excluded.report_json, report_csv = null, report_pdf = null, computed_at = now()")
                            .setParameter("round", roundId)
                            .setParameter("version", roundVersion)
                            .setParameter("change", change)
                            .setParameter("json", bytes)
                            .executeUpdate();
                } else {
                    em.createNativeQuery(
                                    "update follow_up_report_snapshot set " + part.column + " = :bytes"
                                            + " where round_id = :round and round_version = :version and input_change = :change")
                            .setParameter("round", roundId)
                            .setParameter("version", roundVersion)
                            .setParameter("change", change)
                            .setParameter("bytes", bytes)
                            .executeUpdate();
                }
            });
        } catch (PersistenceException | IllegalStateException e) {
            LOG.debugf(e, "Report snapshot of round %s not stored", roundId);
        }
    }
}
