package se.samverkan.outage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real embedded PostgreSQL whose data directory survives a stop, so a test can take the database away and bring
 * it back on the same port ({@link Database}). The directory is handed over in a system property (the test and
 * this resource may live in different class loaders, the JVM is the same).
 */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String DATA_DIRECTORY = "samverkan.test.restartable-pg.dir";

    private EmbeddedPostgres postgres;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("samverkan-outage-pg");
            postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        System.setProperty(DATA_DIRECTORY, directory.toString());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            // After a restart the postmaster is no longer zonky's child: stop it here, then let zonky clean up.
            Database.stop();
        } catch (RuntimeException ignored) {
            // already stopped
        }
        try {
            postgres.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.clearProperty(DATA_DIRECTORY);
        }
    }
}
