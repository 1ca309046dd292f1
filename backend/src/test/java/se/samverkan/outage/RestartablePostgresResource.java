package se.samverkan.outage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real embedded PostgreSQL that the API reaches through a proxy, so that a test can take it away and bring it back ({@link Database}). */
public class RestartablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        int proxyPort;
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (ServerSocket free = new ServerSocket(0)) {
                proxyPort = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        Database.start();
        try {
            proxy = TcpProxy.switchable(proxyPort, "localhost", postgres.getPort(), Database.DOWN);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the proxy to the database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + proxyPort + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        proxy.close();
        System.clearProperty(Database.DOWN);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
