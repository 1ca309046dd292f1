package se.samverkan.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;

/**
 * Keycloak unreachable at start: readiness is DOWN until the realm's keys can be fetched, then UP by itself; once
 * fetched, tokens keep being verified, and readiness stays UP, while Keycloak is away again. The shared Keycloak keeps running: only the
 * proxy in front of it opens and closes.
 */
@QuarkusTest
@TestProfile(KeycloakOutageProfile.class)
class KeycloakOutageTest {

    @Test
    void readinessFollowsKeycloakAndVerifiedTokensOutliveIt() throws Exception {
        String adminToken = ADMIN.accessToken();
        String memberToken = MEMBER_VASTERAS.accessToken();
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'Keycloak keys' }.status", equalTo("DOWN"));

        int port = Integer.parseInt(System.getProperty(KeycloakOutageProfile.PROXY_PORT));
        URI keycloak = URI.create(DemoUser.KEYCLOAK_URL);
        try (TcpProxy proxy = TcpProxy.open(port, keycloak.getHost(), keycloak.getPort())) {
            Instant opened = Instant.now();
            int status = 0;
            while (Duration.between(opened, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
                status = given().get("/q/health/ready").statusCode();
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            assertEquals(200, status, "readiness turns UP once Keycloak can be reached");
            given().auth()
                    .oauth2(adminToken)
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem("admin"));
        }

        // Keycloak is unreachable again: the keys fetched before still verify tokens, and the instance stays ready.
        given().get("/q/health/ready").then().statusCode(200);
        given().auth()
                .oauth2(adminToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(true));
        given().auth()
                .oauth2(memberToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(true));
        given().auth().oauth2("not-a-token").get("/api/v1/me").then().statusCode(401);
    }
}
