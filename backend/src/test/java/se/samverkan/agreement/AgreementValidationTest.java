package se.samverkan.agreement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.TestData;

/** Every invalid input is a problem naming the field, loses nothing, and stale edits are refused (412/428). */
@QuarkusTest
class AgreementValidationTest {

    static List<Object[]> invalidAgreements() {
        String rok = Agreements.VASTMANLAND_ROK;
        return List.of(
                new Object[] {"title", "", "must not be blank"},
                new Object[] {"kind", null, "must be given"},
                new Object[] {"countyCode", "1", "must be a two-digit county code"},
                new Object[] {"countyCode", "98", "no county has the code 98"},
                new Object[] {"municipalityCode", "1980", "only a local agreement has a municipality"},
                new Object[] {"firstYear", 1800, "must be 1990 or later"},
                new Object[] {"lastYear", 2020, "must not be before firstYear"},
                new Object[] {
                    "legalBasis[0].sfs", List.of(Map.of("sfs", "2017/584")), "must be an SFS number such as 2017:584"
                },
                new Object[] {
                    "parentAgreementId",
                    rok,
                    "only a local agreement (under a regional one) or a sub-strategy (under a strategy) sits under another agreement"
                },
                new Object[] {
                    "supersedesId",
                    "00000000-0000-0000-0000-000000000009",
                    "no agreement has the id 00000000-0000-0000-0000-000000000009"
                },
                new Object[] {"targetGroups", List.of("TOURISTS"), null},
                new Object[] {"colour", "blue", "is not a known property"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAgreements")
    void invalidAgreementFieldsAreNamed(String field, Object value, String message) {
        String property = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        Map<String, Object> body = TestData.with(Agreements.input("19"), property, value);
        var response = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field.startsWith("targetGroups") ? "targetGroups[0]" : field));
        if (message != null) {
            response.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        }
        if (!String.valueOf(body.get("title")).isBlank()) {
            ADMIN.request()
                    .queryParam("q", "\"" + body.get("title") + "\"")
                    .queryParam("status", "DRAFT")
                    .get(PATH)
                    .then()
                    .body("total", equalTo(0));
        }
    }

    @Test
    void localAgreementsNeedAMunicipalityOfTheCountyAndARegionalParent() {
        Map<String, Object> local = TestData.with(Agreements.input("19"), "kind", "LOCAL");
        assertField(local, "municipalityCode", "is required for a local agreement");
        assertField(
                TestData.with(local, "municipalityCode", "1480"), "municipalityCode", "Göteborg is not in county 19");
        Map<String, Object> underStrategy = TestData.with(
                TestData.with(local, "municipalityCode", "1980"),
                "parentAgreementId",
                DemoDataLoader.agreementId("vasterbotten-rus-2018").toString());
        assertField(underStrategy, "parentAgreementId", "must be a regional agreement of the same county");
        String id = Agreements.create(
                COORDINATOR_VASTMANLAND,
                TestData.with(
                        TestData.with(local, "municipalityCode", "1980"),
                        "parentAgreementId",
                        Agreements.VASTMANLAND_ROK));
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .body("parent.id", equalTo(Agreements.VASTMANLAND_ROK))
                .body("municipalityName", equalTo("Västerås"));
    }

    @Test
    void goalAreaRulesAreFieldErrors() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalAreas = PATH + "/" + id + "/goal-areas";
        Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "3.2", "Hälsa");
        post(goalAreas, Agreements.goalArea("3.2", "Hälsa igen"))
                .statusCode(409)
                .body("errors[0].field", equalTo("number"));
        post(goalAreas, Agreements.goalArea("3.x", "Hälsa")).statusCode(400).body("errors[0].field", equalTo("number"));
        post(goalAreas, TestData.with(Agreements.goalArea("4", "Arbete"), "strategies", List.of("Ok", " ")))
                .statusCode(400)
                .body("errors[0].field", equalTo("strategies[1]"));
    }

    @Test
    void responsibilityNamesAnOrganisationOrAllOtherSignatories() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Arbete");
        String path = PATH + "/" + id + "/goal-areas/" + goalArea + "/responsibilities";
        String af = DemoDataLoader.organisationId("arbetsformedlingen-norra-malardalen")
                .toString();
        post(path, Map.of("kind", "RESPONSIBLE", "level", "LOCAL"))
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        post(path, Map.of("organisationId", af, "allOtherSignatories", true, "kind", "OTHER", "level", "REGIONAL"))
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        post(path, Map.of("organisationId", af, "kind", "RESPONSIBLE", "level", "LOCAL"))
                .statusCode(201);
        post(path, Map.of("organisationId", af, "kind", "RESPONSIBLE", "level", "LOCAL"))
                .statusCode(409);
        post(path, Map.of("organisationId", af, "kind", "RESPONSIBLE", "level", "PLANETARY"))
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
        post(path, Map.of("allOtherSignatories", true, "kind", "OTHER", "level", "REGIONAL"))
                .statusCode(201)
                .body("organisation", equalTo(null))
                .body("allOtherSignatories", equalTo(true));
    }

    @Test
    void aPartyIsAddedOnce() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.addParty(COORDINATOR_VASTMANLAND, id, "vasteras-stad", "SIGNATORY");
        post(
                        PATH + "/" + id + "/parties",
                        Map.of(
                                "organisationId",
                                DemoDataLoader.organisationId("vasteras-stad").toString(),
                                "role",
                                "SIGNATORY"))
                .statusCode(409)
                .body("errors[0].field", equalTo("organisationId"));
        post(
                        PATH + "/" + id + "/parties",
                        Map.of("organisationId", "00000000-0000-0000-0000-000000000000", "role", "SIGNATORY"))
                .statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        post(
                        PATH + "/" + id + "/parties",
                        Map.of(
                                "organisationId",
                                DemoDataLoader.organisationId("sala-kommun").toString(),
                                "role",
                                "SIGNATORY",
                                "signatories",
                                List.of(Map.of("name", ""))))
                .statusCode(400)
                .body("errors[0].field", equalTo("signatories[0].name"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        Map<String, Object> body = Agreements.input("19");
        String id = Agreements.create(COORDINATOR_VASTMANLAND, body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        String etag = Agreements.etag(COORDINATOR_VASTMANLAND, id);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(TestData.with(body, "purpose", "Första redaktörens syfte"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(TestData.with(body, "purpose", "Andra redaktörens syfte"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:samverkan:problem:precondition-failed"));
        ADMIN.request().get(PATH + "/" + id).then().body("purpose", equalTo("Första redaktörens syfte"));
    }

    @Test
    void twoEditorsOfOneGoalArea() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        String path = PATH + "/" + id + "/goal-areas/" + goalArea;
        String etag = COORDINATOR_VASTMANLAND
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Agreements.goalArea("1", "Bosättning och boende"))
                .put(path)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Agreements.goalArea("1", "Boende"))
                .put(path)
                .then()
                .statusCode(412);
        ADMIN.request().get(path).then().body("title", equalTo("Bosättning och boende"));
    }

    private static io.restassured.response.ValidatableResponse post(String path, Map<String, Object> body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .contentType(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.startsWith("application/json"),
                        org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    private static void assertField(Map<String, Object> body, String field, String message) {
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }
}
