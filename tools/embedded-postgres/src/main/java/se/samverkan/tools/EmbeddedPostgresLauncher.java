package se.samverkan.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL until stopped (SIGTERM / Ctrl-C).
 * Usage: EmbeddedPostgresLauncher PORT DATA_DIR [--clean]
 * With a kept DATA_DIR the data survives restarts; --clean starts empty (end-to-end tests).
 */
public final class EmbeddedPostgresLauncher {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedPostgresLauncher PORT DATA_DIR [--clean]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        File dataDirectory = new File(args[1]).getAbsoluteFile();
        boolean clean = args.length > 2 && "--clean".equals(args[2]);
        dataDirectory.mkdirs();

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on " + postgres.getJdbcUrl("postgres", "postgres") + " (data: " + dataDirectory + ")");
        stopped.await();
    }

    private EmbeddedPostgresLauncher() {
    }
}
