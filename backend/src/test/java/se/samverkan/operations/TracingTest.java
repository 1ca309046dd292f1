package se.samverkan.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on by configuration, a request's span reaches the OTLP collector and continues the caller's
 * trace (W3C traceparent), so an agency's system can follow its call into ours.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aRequestsSpanIsExportedWithTheCallersTraceId() throws InterruptedException {
        OtlpCollector.start();
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .get("/api/v1/counties")
                .then()
                .statusCode(200);

        byte[] traceId = HexFormat.of().parseHex(TRACE_ID);
        byte[] route = "/api/v1/counties".getBytes(StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        boolean exported = false;
        while (!exported && Instant.now().isBefore(deadline)) {
            exported =
                    OtlpCollector.traces().stream().anyMatch(body -> contains(body, traceId) && contains(body, route));
            if (!exported) {
                Thread.sleep(100);
            }
        }
        assertTrue(
                exported,
                "a span of GET /api/v1/counties in trace " + TRACE_ID + " reached the collector ("
                        + OtlpCollector.traces().size() + " exports seen)");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
