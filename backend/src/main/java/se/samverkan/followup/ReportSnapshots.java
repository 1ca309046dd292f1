package se.samverkan.followup;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The computed reports of approved rounds (V9): valid for the round's version and the report_input_change value they
 * were computed at. Stored in a transaction of their own, so a read stays a read and a failed store only costs a
 * recomputation.
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

    @Inject
    EntityManager em;

    /** Advanced by every statement that changes what a report is computed from (not transactional: seen at once). */
    long currentChange() {
        return ((Number) em.createNativeQuery(
                                "select case when is_called then last_value else 0 end from report_input_change")
                        .getSingleResult())
                .longValue();
    }

    byte[] find(UUID roundId, long roundVersion, long change, Part part) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select " + part.column + " from follow_up_report_snapshot"
                        + " where round_id = :round and round_version = :version and input_change = :change")
                .setParameter("round", roundId)
                .setParameter("version", roundVersion)
                .setParameter("change", change)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
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
