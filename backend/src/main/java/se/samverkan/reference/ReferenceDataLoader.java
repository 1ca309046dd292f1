package se.samverkan.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Upserts the official county and municipality codes from the CSV files shipped in reference/ at every
 * start, so that a corrected CSV is the only change needed when SCB changes a name or code.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    /** Runs before anything that needs counties, such as the demo data. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    @Inject
    EntityManager em;

    @Transactional
    void load(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        List<String[]> counties = readCsv("reference/counties.csv", 2);
        for (String[] row : counties) {
            em.createNativeQuery("insert into county (code, name) values (?1, ?2) "
                            + "on conflict (code) do update set name = excluded.name")
                    .setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
        }
        List<String[]> municipalities = readCsv("reference/municipalities.csv", 3);
        for (String[] row : municipalities) {
            em.createNativeQuery("insert into municipality (code, name, county_code) values (?1, ?2, ?3) "
                            + "on conflict (code) do update set name = excluded.name, county_code = excluded.county_code")
                    .setParameter(1, row[0]).setParameter(2, row[1]).setParameter(3, row[2]).executeUpdate();
        }
        LOG.infof("Reference data: %d counties, %d municipalities", counties.size(), municipalities.size());
    }

    /** The files are simple (no quoted commas): header line, then one record per line. */
    static List<String[]> readCsv(String resource, int columns) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        String[] cells = line.split(",", -1);
                        if (cells.length != columns) {
                            throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
                        }
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = cells[i].trim();
                        }
                        return cells;
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
