package se.samverkan.followup.kolada;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.FollowUps.INDICATORS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Indicators;

/** Kolada is off unless an operator switches it on: the API says so, and a fetch is refused with a clear problem. */
@QuarkusTest
class KoladaDisabledTest {

    @Test
    void offByDefaultTheStatusSaysSoAndAFetchIsRefused() {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        Map<String, Object> input = Indicators.input(agreement.work(), "COUNTY", false);
        input.put("source", "KOLADA");
        input.put("koladaKpi", "N00914");
        String id = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(input)
                .post(Agreements.PATH + "/" + agreement.id() + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + id + "/kolada")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("scheduled", equalTo(false))
                .body("canFetch", equalTo(false))
                .body("kpi", equalTo("N00914"))
                .body("fetches.size()", equalTo(0));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Indicators.etag(id))
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("kolada-disabled"))
                .body("detail", containsString("does not fetch values from Kolada"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("Accept-Language", "sv")
                .header("If-Match", Indicators.etag(id))
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(409)
                .body("detail", containsString("hämtar inte värden från Kolada"));
        ANONYMOUS.request().get(INDICATORS + "/" + id + "/kolada").then().body("fetches.size()", equalTo(0));
    }
}
