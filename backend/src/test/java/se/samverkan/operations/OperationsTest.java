package se.samverkan.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator of several instances relies on: metrics for Prometheus and a request id on every answer. */
@QuarkusTest
class OperationsTest {

    @Inject
    BusinessMetrics metrics;

    @Inject
    EntityManager em;

    @Test
    void businessCountersMatchTheDatabase() {
        metrics.refresh();
        long open = ((Number)
                        em.createNativeQuery("select count(*) from action_item where status in ('OPEN', 'IN_PROGRESS')")
                                .getSingleResult())
                .longValue();
        assertTrue(open > 0, "the demo data has open action items");
        String body = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher gauge = Pattern.compile("(?m)^samverkan_action_items_open\\s+([0-9.E]+)$")
                .matcher(body);
        assertTrue(gauge.find(), "the gauge is exported");
        assertTrue(Double.parseDouble(gauge.group(1)) == open, "gauge " + gauge.group(1) + " vs " + open);
        assertTrue(body.contains("samverkan_notifications_queued"), "queued mail is exported");
    }

    @Test
    void httpPoolAndJvmMetricsAreExported() {
        given().when().get("/api/v1/counties").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void everyOperationCanHaveItsOwnRequestMetric() throws Exception {
        // Micrometer stops adding uri tags at the cap, so every path first hit after it went unmetered (the test log
        // said "Reached the maximum number (100) of URI tags" with more than twice as many paths).
        var spec = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        int paths = spec.path("paths").size();
        int cap = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.micrometer.binder.http-server.max-uri-tags", Integer.class);
        int headroom = 50; // /q/*, the SPA's files, NOT_FOUND and the like
        assertTrue(paths > 150, "the spec lists today's " + paths + " paths");
        assertTrue(cap >= paths + headroom, "max-uri-tags " + cap + " is below " + paths + " paths + " + headroom);
    }

    @Test
    void aRequestIdIsAnsweredAndAPlainOneFromTheCallerIsKept() {
        given().header("X-Request-Id", "agency-42.abc")
                .when()
                .get("/api/v1/counties")
                .then()
                .header("X-Request-Id", equalTo("agency-42.abc"));
        given().when().get("/api/v1/counties").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "bad id\twith spaces")
                .when()
                .get("/api/v1/no-such-path")
                .then()
                .statusCode(404)
                .header("X-Request-Id", not(containsString(" ")));
    }
}
