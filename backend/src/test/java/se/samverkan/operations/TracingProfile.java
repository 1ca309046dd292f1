package se.samverkan.operations;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Tracing switched on as an operator would (the two settings the README names), exporting over OTLP/HTTP to the
 * collector {@link TracingTest} runs on a free port.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:" + OtlpCollector.port(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms",
                "samverkan.demo-data.enabled", "false");
    }
}
