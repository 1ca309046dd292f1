package se.samverkan.followup.kolada;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.FollowUps.INDICATORS;
import static se.samverkan.support.FollowUps.assertRule;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Indicators;

/**
 * Kolada switched on against a local stub serving Kolada-shaped answers: the figures become the indicator's values
 * (region 00LL for a county indicator, the county's municipalities for one per municipality; K, M, T as women, men,
 * total), pages are followed, every fetch is recorded, a failed one too without touching the values, and only the
 * agreement's managers fetch.
 */
@QuarkusTest
@TestProfile(KoladaProfile.class)
class KoladaTest {

    private static final String VASTMANLAND = "1904,1907,1960,1961,1962,1980,1981,1982,1983,1984";

    private static String koladaIndicator(String kpi, String scope, boolean genderBreakdown) {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        Map<String, Object> input = Indicators.input(agreement.work(), scope, genderBreakdown);
        input.put("source", "KOLADA");
        input.put("koladaKpi", kpi);
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(input)
                .post(Agreements.PATH + "/" + agreement.id() + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse fetch(String indicatorId) {
        return COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Indicators.etag(indicatorId))
                .post(INDICATORS + "/" + indicatorId + "/kolada/fetch")
                .then();
    }

    private static String query() {
        return "?page=1&per_page=3";
    }

    @Test
    void aCountyIndicatorTakesItsRegionsFiguresByGender() {
        String id = koladaIndicator("N00101", "COUNTY", true);
        KoladaStub.serve("/data/kpi/N00101/municipality/0019" + query(), "county-by-gender.json", "N00101");
        String before = Indicators.etag(id);

        String after = fetch(id)
                .statusCode(200)
                .body("outcome", equalTo("SUCCEEDED"))
                .body("trigger", equalTo("MANUAL"))
                .body("requestedBy", equalTo("coordinator.vastmanland"))
                .body("kpi", equalTo("N00101"))
                .body("pages", equalTo(1))
                .body("rowsReceived", equalTo(6))
                .body("valuesStored", equalTo(5))
                .extract()
                .header("ETag");
        assertTrue(!before.equals(after), "the values' change is a new version of the indicator");
        assertEquals(after, Indicators.etag(id));

        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/values")
                .then()
                .statusCode(200)
                .body("year", equalTo(List.of(2021, 2021, 2021, 2022, 2022)))
                .body("gender", equalTo(List.of("TOTAL", "WOMEN", "MEN", "TOTAL", "WOMEN")))
                .body("value", equalTo(List.of(34.9877f, 31.54f, 38.2f, 36, 33.1f)))
                .body("findAll { it.municipalityCode != null }", equalTo(List.of()));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/kolada")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("scheduled", equalTo(false)) // the schedule is off in the tests
                .body("kpi", equalTo("N00101"))
                .body("canFetch", equalTo(false))
                .body("fetches[0].outcome", equalTo("SUCCEEDED"))
                .body("fetches[0].valuesStored", equalTo(5));
        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + id + "/kolada")
                .then()
                .body("canFetch", equalTo(true));
    }

    @Test
    void aMunicipalIndicatorFollowsThePagesAndKeepsTheCountysTotals() {
        String id = koladaIndicator("N00102", "MUNICIPALITY", false);
        String path = "/data/kpi/N00102/municipality/" + VASTMANLAND;
        KoladaStub.serve(path + query(), "municipalities-page-1.json", "N00102");
        KoladaStub.serve(path + "?page=2&per_page=3", "municipalities-page-2.json", "N00102");

        fetch(id)
                .statusCode(200)
                .body("outcome", equalTo("SUCCEEDED"))
                .body("pages", equalTo(2))
                .body("rowsReceived", equalTo(7))
                .body("valuesStored", equalTo(3));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/values")
                .then()
                .body("year", equalTo(List.of(2021, 2021, 2022)))
                .body("municipalityCode", equalTo(List.of("1960", "1980", "1980")))
                .body("municipalityName", equalTo(List.of("Kungsör", "Västerås", "Västerås")))
                .body("gender", equalTo(List.of("TOTAL", "TOTAL", "TOTAL")))
                .body("value", equalTo(List.of(8, 12.5f, 13.25f)));
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + agreementOf(id) + "/history")
                .then()
                .body(
                        "summary",
                        hasItem("Fetched 3 values of Andel nyanlända i arbete inom två år from Kolada (N00102)"));
    }

    @Test
    void aFailedFetchIsRecordedAndLeavesTheValues() {
        String id = koladaIndicator("N00103", "COUNTY", false);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Indicators.etag(id))
                .body(Map.of("values", List.of(Map.of("year", 2020, "value", 17))))
                .put(INDICATORS + "/" + id + "/values")
                .then()
                .statusCode(200);
        String etag = Indicators.etag(id);
        KoladaStub.answer("/data/kpi/N00103/municipality/0019" + query(), 503, "{\"message\":\"unavailable\"}");

        fetch(id)
                .statusCode(200)
                .header("ETag", etag)
                .body("outcome", equalTo("FAILED"))
                .body("error", equalTo("HTTP_STATUS"))
                .body("httpStatus", equalTo(503))
                .body("valuesStored", equalTo(0));
        KoladaStub.answer("/data/kpi/N00103/municipality/0019" + query(), 200, "<html>maintenance</html>");
        fetch(id).statusCode(200).body("outcome", equalTo("FAILED")).body("error", equalTo("INVALID_RESPONSE"));

        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/values")
                .then()
                .body("year", equalTo(List.of(2020)))
                .body("value", equalTo(List.of(17)));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/kolada")
                .then()
                .body("fetches.error", equalTo(List.of("INVALID_RESPONSE", "HTTP_STATUS")))
                .body("fetches[1].httpStatus", equalTo(503));
    }

    @Test
    void aNextPageOutsideKoladaIsNotFollowed() {
        String id = koladaIndicator("N00104", "COUNTY", false);
        KoladaStub.serve("/data/kpi/N00104/municipality/0019" + query(), "next-elsewhere.json", "N00104");
        fetch(id).statusCode(200).body("outcome", equalTo("FAILED")).body("error", equalTo("INVALID_RESPONSE"));
        ANONYMOUS.request().get(INDICATORS + "/" + id + "/values").then().body("size()", equalTo(0));
        assertTrue(KoladaStub.requests().stream().noneMatch(r -> r.contains("elsewhere")));
    }

    @Test
    void theNightlyRunFetchesEveryKoladaIndicatorAsTheSchedule() {
        String id = koladaIndicator("N00105", "COUNTY", true);
        KoladaStub.serve("/data/kpi/N00105/municipality/0019" + query(), "county-by-gender.json", "N00105");

        int succeeded = Arc.container().instance(KoladaService.class).get().fetchAll();

        assertTrue(succeeded >= 1, "at least this test's indicator was fetched");
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id + "/kolada")
                .then()
                .body("fetches[0].trigger", equalTo("SCHEDULED"))
                .body("fetches[0].requestedBy", equalTo("kolada-schedule"))
                .body("fetches[0].outcome", equalTo("SUCCEEDED"));
        ANONYMOUS.request().get(INDICATORS + "/" + id + "/values").then().body("size()", equalTo(5));
    }

    @Test
    void onlyTheAgreementsManagersFetchAndOnlyKoladaIndicators() {
        String id = koladaIndicator("N00106", "COUNTY", false);
        String etag = Indicators.etag(id);
        ANONYMOUS
                .request()
                .header("If-Match", etag)
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(401);
        MEMBER_VASTERAS
                .request()
                .header("If-Match", etag)
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .header("If-Match", etag)
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"999\"")
                .post(INDICATORS + "/" + id + "/kolada/fetch")
                .then()
                .statusCode(412);
        ANONYMOUS.request().get(INDICATORS + "/" + id + "/kolada").then().body("fetches.size()", equalTo(0));

        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        String manual = Indicators.create(agreement.id(), agreement.work(), "COUNTY", false);
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Indicators.etag(manual))
                        .post(INDICATORS + "/" + manual + "/kolada/fetch")
                        .then(),
                "indicator-not-kolada");
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + manual + "/kolada")
                .then()
                .statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("kpi")))
                .body("canFetch", equalTo(false));
    }

    private static String agreementOf(String indicatorId) {
        return ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicatorId)
                .then()
                .extract()
                .path("agreementId");
    }
}
