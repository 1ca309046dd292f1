package se.samverkan.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/** Every write of an organisation is in its history: who, when and which fields changed. */
@QuarkusTest
class OrganisationHistoryTest {

    @Test
    void recordsCreateAndUpdateWithTheChangedFields() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Organisations.etag(id))
                .body(TestData.with(body, "mandate", "Driver språkcafé och läxhjälp."))
                .put(Organisations.PATH + "/" + id)
                .then()
                .statusCode(200);
        DemoUser.ANONYMOUS
                .request()
                .get(Organisations.PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].entityType", equalTo("ORGANISATION"))
                .body("[0].entityId", equalTo(id))
                .body("[0].actor", equalTo("coordinator.vastmanland"))
                .body("[0].changes", hasSize(1))
                .body("[0].changes[0].field", equalTo("mandate"))
                .body("[0].changes[0].before", equalTo("Stödjer nyanlända med språkcafé."))
                .body("[0].changes[0].after", equalTo("Driver språkcafé och läxhjälp."))
                .body("[1].action", equalTo("CREATED"))
                .body("[1].changes.find { it.field == 'name' }.after", equalTo(body.get("name")));
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(ADMIN, body);
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(TestData.with(body, "mandate", "x"))
                .put(Organisations.PATH + "/" + id)
                .then()
                .statusCode(412);
        ADMIN.request()
                .get(Organisations.PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("", hasSize(1));
    }

    @ParameterizedTest(name = "{0}: the history of an unknown organisation is 404")
    @EnumSource(
            value = DemoUser.class,
            names = {"ANONYMOUS", "ADMIN"})
    void unknownOrganisation(DemoUser user) {
        user.request()
                .get(Organisations.PATH + "/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
