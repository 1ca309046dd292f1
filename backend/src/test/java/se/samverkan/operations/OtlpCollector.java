package se.samverkan.operations;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real OTLP/HTTP endpoint for the test: it accepts what the exporter posts (OTLP/HTTP, {@code /v1/traces}) and keeps the
 * protobuf bodies. Its port is chosen when the profile is read.
 */
final class OtlpCollector {

    private static final String PORT = "samverkan.test.otlp-port";
    private static final List<byte[]> TRACES = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private OtlpCollector() {}

    /** The port the profile gives the application; a system property, as profile and test load in different class loaders. */
    static synchronized int port() {
        String port = System.getProperty(PORT);
        if (port == null) {
            try (ServerSocket probe = new ServerSocket(0)) {
                port = Integer.toString(probe.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT, port);
        }
        return Integer.parseInt(port);
    }

    /** Listens on {@link #port()}; spans the exporter sent before simply failed, which it tolerates. */
    static synchronized void start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", port()), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Any path: whether the exporter appends /v1/traces to a per-signal endpoint differs between versions.
            server.createContext("/", exchange -> {
                try (exchange) {
                    TRACES.add(exchange.getRequestBody().readAllBytes());
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, -1);
                }
            });
            server.start();
        }
    }

    static List<byte[]> traces() {
        return List.copyOf(TRACES);
    }
}
