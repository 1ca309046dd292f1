package se.samverkan.session;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;

/** The claims Keycloak maps into real tokens reach the API as county, organisation and roles. */
@QuarkusTest
class SessionResourceTest {

    @Test
    void anonymousCallerIsNotAuthenticated() {
        DemoUser.ANONYMOUS
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(false))
                .body("roles", hasSize(0))
                .body("permissions.createOrganisation", equalTo(false));
    }

    @Test
    void coordinatorHasTheCountyFromTheToken() {
        DemoUser.COORDINATOR_VASTMANLAND
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body("username", equalTo("coordinator.vastmanland"))
                .body("roles", hasItem("coordinator"))
                .body("countyCode", equalTo("19"))
                .body("permissions.createOrganisation", equalTo(true))
                .body("permissions.createAgreement", equalTo(true));
    }

    @Test
    void memberIsLinkedToTheirOrganisation() {
        DemoUser.MEMBER_VASTERAS
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", hasItem("member"))
                .body("countyCode", nullValue())
                .body("organisationNumber", equalTo("2120002080"))
                .body("organisationName", equalTo("Västerås stad"))
                .body("permissions.createOrganisation", equalTo(false))
                .body("permissions.createAgreement", equalTo(false));
    }

    @Test
    void integratingSystemActsForItsAgency() {
        DemoUser.AGENCY_SYSTEM
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo("service-account-agency-integration"))
                .body("roles", hasItem("member"))
                .body("organisationName", equalTo("Migrationsverket"));
    }

    @Test
    void clientConfigTellsTheSpaWhereToLogIn() {
        DemoUser.ANONYMOUS
                .request()
                .get("/api/v1/client-config")
                .then()
                .statusCode(200)
                .body("realm", equalTo("samverkan"))
                .body("clientId", equalTo("samverkan-spa"))
                .body("keycloakUrl", equalTo("http://localhost:8180"));
    }
}
