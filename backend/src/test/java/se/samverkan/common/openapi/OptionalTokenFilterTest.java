package se.samverkan.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The served description (openapi.yaml, kept equal to it by OpenApiContractTest) lets Swagger UI send the token to
 * operations where it is optional, and keeps it required where a role is.
 */
class OptionalTokenFilterTest {

    private static final List<Object> OPTIONAL = List.of(Map.of(), Map.of("bearer", List.of()));

    /** A role's requirement: the bearer scheme alone (Quarkus lists the roles as its scopes). */
    private static boolean required(Object security) {
        return security instanceof List<?> list
                && list.size() == 1
                && list.get(0) instanceof Map<?, ?> scheme
                && scheme.keySet().equals(java.util.Set.of("bearer"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> paths() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("..", "openapi.yaml"))) {
            Map<String, Object> spec = new Yaml().load(reader);
            return (Map<String, Map<String, Object>>) spec.get("paths");
        }
    }

    private static Object security(Map<String, Map<String, Object>> paths, String path, String method) {
        return ((Map<?, ?>) paths.get(path).get(method)).get("security");
    }

    @Test
    void theSessionAndPublicReadsTakeAnOptionalToken() throws IOException {
        var paths = paths();
        assertEquals(OPTIONAL, security(paths, "/api/v1/me", "get"));
        assertEquals(OPTIONAL, security(paths, "/api/v1/meetings/{id}", "get"));
        assertTrue(required(security(paths, "/api/v1/meetings/{id}", "put")));
    }

    @Test
    void everyOperationSaysWhetherItTakesAToken() throws IOException {
        List<String> undeclared = new ArrayList<>();
        paths().forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op
                    && !OPTIONAL.equals(op.get("security"))
                    && !required(op.get("security"))) {
                undeclared.add(method + " " + path + ": " + op.get("security"));
            }
        }));
        assertTrue(undeclared.isEmpty(), String.join("\n", undeclared));
    }
}
