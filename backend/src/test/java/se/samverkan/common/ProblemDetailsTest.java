package se.samverkan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.Problem;
import se.samverkan.common.problem.ProblemMappersProbe;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().delete("/api/v1/counties")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:method-not-allowed"));
    }

    @Test
    void malformedIdIsNotFound() {
        given().get("/api/v1/organisations/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unexpectedErrorsShowNoInternals() {
        Response response = ProblemMappersProbe.unexpected(
                new IllegalStateException("password=secret in SELECT * FROM organisation"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals("urn:samverkan:problem:internal", problem.type().toString());
        assertFalse(problem.detail().contains("secret"));
        assertFalse(problem.detail().contains("SELECT"));
        assertTrue(problem.detail().contains("reference"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void livenessAndReadinessIncludeDatabaseAndKeycloak() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Keycloak")))
                .body("checks.name", not(org.hamcrest.Matchers.empty()));
    }
}
