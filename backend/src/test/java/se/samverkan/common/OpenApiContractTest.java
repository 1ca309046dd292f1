package se.samverkan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi.yaml is the spec the running API serves; the SPA's types are generated from it.
 * `make openapi` (-Dopenapi.update=true) rewrites it; otherwise any drift fails here.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void committedSpecMatchesTheServedOne() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing: run `make openapi`");
        assertEquals(
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                served,
                "openapi.yaml differs from the served spec: run `make openapi` and commit the result");
    }

    @Test
    void specDeclaresTheBearerSchemeAndVersionedPaths() {
        String served =
                given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(served.contains("bearer:"), "bearer security scheme");
        assertTrue(served.contains("bearerFormat: JWT"), "JWT bearer format");
        assertTrue(served.contains("operationId: listOrganisations"), "stable operation ids");
        assertTrue(served.contains("application/problem+json"), "problem responses");
        served.lines()
                .filter(line -> line.matches("^  /.*:$"))
                .forEach(path -> assertTrue(path.startsWith("  /api/v1/"), "unversioned path " + path));
        given().get("/q/openapi").then().body(containsString("/api/v1/organisations/{id}:"));
    }

    @Test
    void everySchemaHasItsOwnName() {
        // Two classes under one schema name are served as "Name" and "Name1" in scan order: a client's types would
        // change meaning between builds. Each gets a name of its own (@Schema(name = ...)).
        String served =
                given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(
                List.of(),
                served.lines()
                        .filter(line -> line.matches("^    [A-Za-z]+[0-9]+:$"))
                        .map(String::trim)
                        .toList(),
                "schemas numbered for a name they share");
    }
}
