package se.samverkan.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on requests in progress, on a real Vert.x server: two requests held open fill a bound of two, the third
 * is refused with 503, Retry-After and a problem body, health is still answered, and once the two are answered the
 * next request is admitted again. No timing is asserted: the held requests are released explicitly.
 */
class AdmissionTest {

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private int port;

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private HttpRequest get(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .build();
    }

    @Test
    void beyondTheBoundARequestIsRefusedAtOnceWithAProblemAndRetryAfter() throws Exception {
        Admission admission = new Admission(2);
        CountDownLatch arrived = new CountDownLatch(2);
        CompletableFuture<Void> release = new CompletableFuture<>();
        Router router = Router.router(vertx);
        router.route().handler(admission.handler());
        router.get("/api/v1/held").handler(context -> {
            var eventLoop = Vertx.currentContext();
            arrived.countDown();
            release.thenRun(
                    () -> eventLoop.runOnContext(ignored -> context.response().end("answered")));
        });
        router.get("/api/v1/quick").handler(context -> context.response().end("answered"));
        router.get("/q/health/live").handler(context -> context.response().end("UP"));
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        port = server.actualPort();

        var first = client.sendAsync(get("/api/v1/held", "en"), HttpResponse.BodyHandlers.ofString());
        var second = client.sendAsync(get("/api/v1/held", "en"), HttpResponse.BodyHandlers.ofString());
        assertTrue(arrived.await(60, TimeUnit.SECONDS), "both held requests reached the endpoint");
        assertEquals(2, admission.inProgress());

        HttpResponse<String> refused = client.send(get("/api/v1/quick", "sv"), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(
                "application/problem+json",
                refused.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(refused.body().contains("\"type\":\"urn:samverkan:problem:busy\""), refused.body());
        assertTrue(refused.body().contains("\"status\":503"), refused.body());
        assertTrue(refused.body().contains("Redan 2 anrop behandlas"), refused.body());
        assertTrue(refused.body().contains("\"instance\":\"/api/v1/quick\""), refused.body());
        assertEquals(2, admission.inProgress(), "a refused request holds no place");

        HttpResponse<String> health = client.send(get("/q/health/live", "en"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "health is never refused");

        release.complete(null);
        assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
        assertEquals(200, second.get(60, TimeUnit.SECONDS).statusCode());
        HttpResponse<String> admitted = client.send(get("/api/v1/quick", "en"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admitted.statusCode());
        assertEquals("answered", admitted.body());
    }
}
