package se.samverkan.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import se.samverkan.common.cluster.ScheduledRuns;

/**
 * Upserts the official county and municipality codes from the CSV files shipped in reference/ at every
 * start, so that a corrected CSV is the only change needed when SCB changes a name or code.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    @Inject
    ScheduledRuns runs;

    /** Runs before anything that needs counties, such as the demo data. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    @Inject
    EntityManager em;

    @Transactional
    void load(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        runs.lockForTransaction("reference-data"); // one instance at a time (several may start together)
        List<String[]> counties = readCsv("reference/counties.csv", 2);
        upsert("county (code, name)", "name = excluded.name", "county.name is distinct from excluded.name", counties);
        List<String[]> municipalities = readCsv("reference/municipalities.csv", 3);
        upsert(
                "municipality (code, name, county_code)",
                "name = excluded.name, county_code = excluded.county_code",
                "(municipality.name, municipality.county_code) is distinct from (excluded.name, excluded.county_code)",
                municipalities);
        LOG.infof("Reference data: %d counties, %d municipalities", counties.size(), municipalities.size());
    }

    /**
     * One statement per table, and rows that are already right are left alone: an update would advance
     * the document counter (change_counter, V41; V9) and make every kept agreement document be rebuilt after each start.
     */
    private void upsert(String table, String set, String changed, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" values ");
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns; c++) {
                sql.append(c == 0 ? "?" : ", ?").append(r * columns + c + 1);
            }
            sql.append(')');
        }
        sql.append(" on conflict (code) do update set ")
                .append(set)
                .append(" where ")
                .append(changed);
        var query = em.createNativeQuery(sql.toString());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                query.setParameter(r * columns + c + 1, rows.get(r)[c]);
            }
        }
        query.executeUpdate();
    }

    /** Header line, then one record per line; read with the same CSV library as the API's imports. */
    static List<String[]> readCsv(String resource, int columns) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get();
            List<String[]> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(in, StandardCharsets.UTF_8, format)) {
                for (CSVRecord record : parser) {
                    if (record.getRecordNumber() == 1) {
                        continue;
                    }
                    if (record.size() != columns) {
                        throw new IllegalStateException(resource + ": expected " + columns + " columns in record "
                                + record.getRecordNumber() + ": " + record);
                    }
                    rows.add(record.values());
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
