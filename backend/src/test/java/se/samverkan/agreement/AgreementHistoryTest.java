package se.samverkan.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.TestData;

/** Every change records who (user, organisation, client), when (UTC) and what (field before/after). */
@QuarkusTest
class AgreementHistoryTest {

    @Test
    void recordsWhoWhenAndWhat() {
        Map<String, Object> body = Agreements.input("19");
        String id = Agreements.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, id))
                .body(TestData.with(body, "title", "Ny titel " + System.nanoTime()))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        String goalArea = Agreements.addGoalArea(ADMIN, id, "2", "Hälsa");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(TestData.with(
                        Agreements.goalArea("2", "Hälsa"),
                        "strategies",
                        java.util.List.of("Tidiga hälsoundersökningar")))
                .put(PATH + "/" + id + "/goal-areas/" + goalArea)
                .then()
                .statusCode(200);

        var history = ADMIN.request()
                .get(PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("", hasSize(4));
        history.body("[3].action", equalTo("CREATED"))
                .body("[3].actor", equalTo("coordinator.vastmanland"))
                .body("[3].actorClient", equalTo("samverkan-cli"))
                .body("[3].changes.find { it.field == 'title' }.after", equalTo(body.get("title")))
                .body("[2].action", equalTo("UPDATED"))
                .body("[2].entityType", equalTo("AGREEMENT"))
                .body("[2].changes", hasSize(1))
                .body("[2].changes[0].field", equalTo("title"))
                .body("[2].changes[0].before", equalTo(body.get("title")))
                .body("[2].at", notNullValue())
                .body("[1].entityType", equalTo("GOAL_AREA"))
                .body("[1].actor", equalTo("admin"))
                .body("[0].changes[0].field", equalTo("strategies"))
                .body("[0].changes[0].before", equalTo("1. Samordna bosättningen i länet\n2. Följa upp mottagandet"))
                .body("[0].changes[0].after", equalTo("1. Tidiga hälsoundersökningar"));
    }

    @Test
    void timesAreUtc() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String at = ADMIN.request().get(PATH + "/" + id + "/history").path("[0].at");
        org.junit.jupiter.api.Assertions.assertTrue(at.endsWith("Z"), at);
    }
}
