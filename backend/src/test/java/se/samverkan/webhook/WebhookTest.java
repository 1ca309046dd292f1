package se.samverkan.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.STATISTICS_SYSTEM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;

/** Webhooks against a real HTTP receiver on this machine: signatures, rights, retries with backoff, disabling. */
@QuarkusTest
class WebhookTest {

    private static final String PATH = "/api/v1/webhooks";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ObjectMapper json;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    /** Each dispatch is two hours after the last, past any backoff. */
    private Instant clock = Instant.now();

    record Received(String delivery, String timestamp, String signature, String body) {}

    @BeforeEach
    void startReceiver() throws IOException {
        // Subscriptions other tests left (fuzz, conformance and matrix fixtures point at nothing) would share the
        // dispatcher's batch with this test's deliveries; each test here starts with its own only.
        List<String> others =
                ADMIN.request().get(PATH).then().statusCode(200).extract().path("id");
        for (String other : others) {
            var found = ADMIN.request().get(PATH + "/" + other);
            if (found.statusCode() == 200) {
                ADMIN.request().header("If-Match", found.header("ETag")).delete(PATH + "/" + other);
            }
        }
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-Samverkan-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Samverkan-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Samverkan-Signature"),
                    body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        // What a test subscribed goes, so that later dispatches do not post to a receiver that is gone.
        for (String id : subscriptions) {
            var found = ADMIN.request().get(PATH + "/" + id);
            if (found.statusCode() == 200) {
                ADMIN.request().header("If-Match", found.header("ETag")).delete(PATH + "/" + id);
            }
        }
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private void dispatch() throws Exception {
        clock = clock.plus(Duration.ofHours(2));
        dispatcher.dispatch(clock);
    }

    private Map<String, Object> subscribe(String[] secretHolder) {
        var response = AGENCY_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("url", url(), "types", List.of("AGREEMENT"), "counties", List.of("19")))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("account", equalTo("service-account-agency-integration"))
                .body("secret", notNullValue())
                .extract();
        secretHolder[0] = response.path("secret");
        subscriptions.add(response.path("id"));
        return response.jsonPath().getMap("$");
    }

    @Test
    void signedDeliveriesOfWhatTheSubscriberMayReadOnly() throws Exception {
        String[] secret = new String[1];
        String id = (String) subscribe(secret).get("id");
        AGENCY_SYSTEM.request().get(PATH + "/" + id).then().statusCode(200).body("secret", nullValue());

        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String adopted = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED").statusCode(200);
        String elsewhere = Agreements.adoptableDraft(COORDINATOR_VASTRA_GOTALAND, vastraGotaland());
        Agreements.changeStatus(COORDINATOR_VASTRA_GOTALAND, elsewhere, "ADOPTED")
                .statusCode(200);
        dispatch();

        List<JsonNode> bodies = received.stream().map(r -> read(r.body())).toList();
        List<String> ids =
                bodies.stream().map(b -> b.path("change").path("id").asText()).toList();
        assertThat(ids, hasItem(adopted));
        // The draft (not public, and Migrationsverket is no party) and another county's agreement never leave.
        assertThat(ids, not(hasItem(draft)));
        assertThat(ids, not(hasItem(elsewhere)));
        assertThat(bodies.stream().map(b -> b.path("subscription").asText()).toList(), everyItem(equalTo(id)));
        for (Received r : received) {
            assertEquals("sha256=" + WebhookSender.sign(secret[0], r.timestamp() + "." + r.body()), r.signature());
            assertEquals(r.delivery(), read(r.body()).path("delivery").asText());
        }
        AGENCY_SYSTEM
                .request()
                .get(PATH + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("status", everyItem(equalTo("DELIVERED")))
                .body("change.id", hasItem(adopted))
                .body("change.id", not(hasItem(draft)));
        // Nothing is delivered twice.
        int before = received.size();
        dispatch();
        assertEquals(before, received.size());
    }

    @Test
    void failuresAreRetriedWithBackoffThenTheSubscriptionIsDisabledAndCanBeEnabledAgain() throws Exception {
        String id = (String) subscribe(new String[1]).get("id");
        answer.set(500);
        String adopted = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED").statusCode(200);

        dispatch();
        // The receiver failed the oldest change: the others of this round wait with it, untried.
        assertEquals(1, received.size());
        // Within the backoff nothing is tried again.
        dispatcher.dispatch(clock.plusSeconds(5));
        assertEquals(1, received.size());
        AGENCY_SYSTEM
                .request()
                .get(PATH + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("status", everyItem(equalTo("PENDING")))
                .body("findAll { it.attempts == 1 }.size()", equalTo(1))
                .body("find { it.attempts == 1 }.lastStatus", equalTo(500))
                .body("find { it.attempts == 1 }.nextAttemptAt", notNullValue());

        dispatch();
        dispatch();
        assertEquals(3, received.size());
        AGENCY_SYSTEM
                .request()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISABLED"))
                .body("consecutiveFailures", equalTo(3))
                .body("disabledAt", notNullValue())
                .body("permissions.enable", equalTo(true));
        dispatch();
        assertEquals(3, received.size(), "a disabled subscription gets nothing");

        answer.set(200);
        String etag =
                AGENCY_SYSTEM.request().get(PATH + "/" + id).then().extract().header("ETag");
        AGENCY_SYSTEM
                .request()
                .header("If-Match", "\"0\"")
                .post(PATH + "/" + id + "/enable")
                .then()
                .statusCode(412);
        AGENCY_SYSTEM
                .request()
                .header("If-Match", etag)
                .post(PATH + "/" + id + "/enable")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveFailures", equalTo(0));
        dispatch();
        AGENCY_SYSTEM
                .request()
                .get(PATH + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("status", everyItem(equalTo("DELIVERED")))
                .body("change.id", everyItem(equalTo(adopted)))
                .body("find { it.attempts == 4 }.lastStatus", equalTo(200));
    }

    @Test
    void onlyServiceAccountsSubscribeAndEachSeesItsOwn() {
        String id = (String) subscribe(new String[1]).get("id");
        ANONYMOUS.request().get(PATH).then().statusCode(401);
        MEMBER_VASTERAS.request().get(PATH).then().statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("url", url()))
                .post(PATH)
                .then()
                .statusCode(403);
        STATISTICS_SYSTEM.request().get(PATH + "/" + id).then().statusCode(404);
        STATISTICS_SYSTEM.request().get(PATH).then().statusCode(200).body("id", not(hasItem(id)));
        ADMIN.request().get(PATH).then().statusCode(200).body("id", hasItem(id));
        AGENCY_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.se/x", "counties", List.of("1")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("counties[0]"));
        AGENCY_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://example.se/x", "types", List.of("SECRET")))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("types")));
        AGENCY_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://user:secret@example.se/x"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"));
        String etag = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        ADMIN.request()
                .header("If-Match", etag)
                .post(PATH + "/" + id + "/enable")
                .then()
                .statusCode(409);
        AGENCY_SYSTEM
                .request()
                .header("If-Match", etag)
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        AGENCY_SYSTEM.request().get(PATH + "/" + id).then().statusCode(404);
    }

    private static Map<String, Object> vastraGotaland() {
        return Agreements.input("14");
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
