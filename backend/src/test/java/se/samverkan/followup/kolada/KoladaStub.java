package se.samverkan.followup.kolada;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for api.kolada.se/v3 (the tests have no internet): answers each request URI it was told about with
 * a recorded Kolada-shaped body from src/test/resources/kolada, or with a status of its choosing; anything else 404.
 * Its port is chosen when {@link KoladaProfile} is read; it listens once the first answer is set.
 */
final class KoladaStub {

    record Answer(int status, String body) {}

    private static HttpServer server;
    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private KoladaStub() {}

    private static final String PORT = "samverkan.test.kolada-port";

    /**
     * The port the profile gives the application: a system property, as profile and test load in different class
     * loaders (the server runs in the test's, where the answers are set).
     */
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

    private static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            REQUESTS.add(uri);
            Answer answer = ANSWERS.getOrDefault(uri, new Answer(404, "{\"error\":\"not found\"}"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static String base() {
        return "http://127.0.0.1:" + port() + "/v3";
    }

    /** Answers the request for {@code pathAndQuery} (after /v3) with the recording, its {BASE} and {KPI} filled in. */
    static void serve(String pathAndQuery, String recording, String kpi) {
        try (InputStream in = KoladaStub.class.getResourceAsStream("/kolada/" + recording)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + recording);
            }
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{BASE}", base())
                    .replace("{KPI}", kpi);
            ANSWERS.put("/v3" + pathAndQuery, new Answer(200, body));
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void answer(String pathAndQuery, int status, String body) {
        ANSWERS.put("/v3" + pathAndQuery, new Answer(status, body));
        start();
    }

    static List<String> requests() {
        return REQUESTS;
    }
}
