package se.samverkan.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.FollowUps.INDICATORS;
import static se.samverkan.support.FollowUps.assertRule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Indicators;
import se.samverkan.support.Strategies;
import se.samverkan.support.TestData;

/** Indicator definitions: fields, validation naming the field, 412/428, the rules, and who may do what. */
@QuarkusTest
class IndicatorDefinitionTest {

    private static String validationAgreement;
    private static String roleAgreement;
    private static String draftAgreement;

    /** Shared by the invalid inputs: nothing may ever be stored in it. */
    private static synchronized String validationAgreement() {
        if (validationAgreement == null) {
            validationAgreement = FollowUps.adoptedAgreement().id();
        }
        return validationAgreement;
    }

    private static synchronized String roleAgreement() {
        if (roleAgreement == null) {
            roleAgreement = FollowUps.adoptedAgreement().id();
        }
        return roleAgreement;
    }

    private static synchronized String draftAgreement() {
        if (draftAgreement == null) {
            draftAgreement = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        }
        return draftAgreement;
    }

    @Test
    void aDefinitionIsCreatedReadAndPartOfTheAgreementsHistory() {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        Map<String, Object> input = Indicators.input(agreement.work(), "COUNTY", true);
        input.put("source", "KOLADA");
        input.put("koladaKpi", "N00914");
        String id = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(input)
                .post(Agreements.PATH + "/" + agreement.id() + "/indicators")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/indicators/"))
                .header("ETag", notNullValue())
                .body("goalArea.number", equalTo("1"))
                .body("source", equalTo("KOLADA"))
                .body("koladaKpi", equalTo("N00914"))
                .body("targets.year", equalTo(List.of(2027, 2028)))
                .body("baselineValue", equalTo(30))
                .body("valueCount", equalTo(0))
                .body("createdBy", equalTo("coordinator.vastmanland"))
                .body("permissions.importValues", equalTo(true))
                .extract()
                .path("id");
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Andel nyanlända i arbete inom två år"))
                .body("permissions.edit", equalTo(false));
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + agreement.id() + "/indicators")
                .then()
                .body("id", equalTo(List.of(id)));
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + agreement.id() + "/history")
                .then()
                .body("summary", hasItem("Defined indicator Andel nyanlända i arbete inom två år"))
                .body("entityType", hasItem("INDICATOR"));
    }

    static List<Object[]> invalidDefinitions() {
        return List.of(
                new Object[] {"name", " ", "must not be blank"},
                new Object[] {"unit", null, "must not be blank"},
                new Object[] {"direction", "UPWARDS", null},
                new Object[] {"scope", null, "must be given"},
                new Object[] {"genderBreakdown", null, "must be given"},
                new Object[] {"koladaKpi", "N914", "must be a Kolada KPI id such as N00914"},
                new Object[] {"koladaKpi", "N00914", "must be empty when the source is MANUAL"},
                new Object[] {"baselineYear", null, "give both baselineYear and baselineValue, or neither"},
                new Object[] {"baselineValue", 1.23456, "must have at most 4 decimals"},
                new Object[] {
                    "targets[1].year",
                    List.of(Map.of("year", 2027, "value", 1), Map.of("year", 2027, "value", 2)),
                    "has a target already"
                },
                new Object[] {
                    "goalAreaId", "00000000-0000-0000-0000-000000000003", "is not a goal area of this agreement"
                },
                new Object[] {"colour", "red", "is not a known property"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDefinitions")
    void invalidDefinitionsNameTheFieldAndStoreNothing(String field, Object value, String message) {
        String agreement = validationAgreement();
        String property = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        Map<String, Object> body = TestData.with(Indicators.input(null, "COUNTY", false), property, value);
        var response = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(Agreements.PATH + "/" + agreement + "/indicators")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (message != null) {
            response.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        }
        ADMIN.request()
                .get(Agreements.PATH + "/" + agreement + "/indicators")
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void koladaNeedsAKpiId() {
        Map<String, Object> body = TestData.with(Indicators.input(null, "COUNTY", false), "source", "KOLADA");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(Agreements.PATH + "/" + validationAgreement() + "/indicators")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("koladaKpi"))
                .body("errors[0].message", equalTo("is required when the source is KOLADA"));
    }

    @Test
    void redefiningNeedsTheETagAndKeepsTheShapeWhileThereAreValues() {
        String id = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", false);
        String stale = Indicators.etag(id);
        update(id, stale, TestData.with(Indicators.input(null, "MUNICIPALITY", true), "unit", "procent"))
                .statusCode(200)
                .body("scope", equalTo("MUNICIPALITY"))
                .body("unit", equalTo("procent"));
        update(id, stale, Indicators.input(null, "COUNTY", false)).statusCode(412);
        update(id, null, Indicators.input(null, "COUNTY", false)).statusCode(428);
        IndicatorValuesCsvTest.importCsv(
                        COORDINATOR_VASTMANLAND, id, "year,municipality,gender,value\n2026,1980,WOMEN,3\n")
                .statusCode(200);
        assertRule(
                update(id, Indicators.etag(id), Indicators.input(null, "COUNTY", true)),
                "indicator-shape-fixed-with-values");
        assertRule(
                update(id, Indicators.etag(id), Indicators.input(null, "MUNICIPALITY", false)),
                "indicator-shape-fixed-with-values");
        update(
                        id,
                        Indicators.etag(id),
                        TestData.with(Indicators.input(null, "MUNICIPALITY", true), "name", "Nytt namn"))
                .statusCode(200)
                .body("name", equalTo("Nytt namn"));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + id)
                .then()
                .body("scope", equalTo("MUNICIPALITY"))
                .body("valueCount", equalTo(1));
    }

    @Test
    void anIndicatorInUseByAnAssessmentIsKept() {
        FollowUps.TestRound round = FollowUps.openRound();
        String used =
                Indicators.create(round.agreement().id(), round.agreement().work(), "COUNTY", false);
        String unused =
                Indicators.create(round.agreement().id(), round.agreement().work(), "COUNTY", false);
        IndicatorValuesCsvTest.importCsv(COORDINATOR_VASTMANLAND, unused, "year,municipality,gender,value\n2026,,,3\n")
                .statusCode(200);
        Map<String, Object> draft = FollowUps.draft("ON_TRACK");
        draft.put("indicatorValues", List.of(Map.of("indicatorId", used, "value", 12)));
        FollowUps.save(MEMBER_VASTERAS, round.vasterasWork(), draft)
                .statusCode(200)
                .body("indicatorValues[0].indicatorName", equalTo("Andel nyanlända i arbete inom två år"))
                .body("indicators.id", equalTo(List.of(used, unused)));
        // The coordinator is told before trying; others are not told of the rule at all.
        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + used)
                .then()
                .body("reportedInAssessments", equalTo(true))
                .body("permissions.delete", equalTo(false));
        MEMBER_VASTERAS
                .request()
                .get(INDICATORS + "/" + used)
                .then()
                .body("reportedInAssessments", equalTo(false))
                .body("permissions.delete", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + unused)
                .then()
                .body("reportedInAssessments", equalTo(false))
                .body("valueCount", equalTo(1))
                .body("permissions.delete", equalTo(true));
        assertRule(delete(used, Indicators.etag(used)), "indicator-in-use");
        delete(unused, null).statusCode(428);
        delete(unused, Indicators.etag(unused)).statusCode(204);
        // The removal, with the number of values that went with it, is in the agreement's history.
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + round.agreement().id() + "/history")
                .then()
                .statusCode(200)
                .body(
                        "find { it.entityId == '" + unused + "' && it.action == 'DELETED' }.summary",
                        equalTo("Removed indicator Andel nyanlända i arbete inom två år"))
                .body(
                        "find { it.entityId == '" + unused
                                + "' && it.action == 'DELETED' }.changes.find { it.field == 'values' }.before",
                        equalTo("1"));
        ANONYMOUS.request().get(INDICATORS + "/" + unused).then().statusCode(404);
        ANONYMOUS.request().get(INDICATORS + "/" + unused + "/values").then().statusCode(404);
        ANONYMOUS.request().get(INDICATORS + "/" + used).then().statusCode(200);
    }

    @Test
    void anIndicatorTheActionPlanFollowsStaysUntilItsActivitiesAreUnlinked() {
        FollowUps.TestRound round = FollowUps.openRound();
        String agreement = round.agreement().id();
        String indicator = Indicators.create(agreement, round.agreement().work(), "COUNTY", false);
        Map<String, Object> activity = Strategies.activity(
                "Språkpraktik hos kommunens förvaltningar",
                round.agreement().work(),
                null,
                se.samverkan.demo.DemoDataLoader.organisationId("vasteras-stad").toString());
        activity.put("indicatorId", indicator);
        ValidatableResponse created = Strategies.post(
                        COORDINATOR_VASTMANLAND, Strategies.plan(agreement) + "/activities", activity)
                .statusCode(201);
        String activityId = created.extract().path("id");
        String activityEtag = Strategies.etagOf(created);
        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + indicator)
                .then()
                .body("followedInActionPlan", equalTo(true))
                .body("reportedInAssessments", equalTo(false))
                .body("permissions.delete", equalTo(false));
        MEMBER_VASTERAS.request().get(INDICATORS + "/" + indicator).then().body("followedInActionPlan", equalTo(false));
        // Removing it used to unlink the activity silently; now the coordinator is told which activities follow it.
        delete(indicator, Indicators.etag(indicator))
                .statusCode(409)
                .body("rule", equalTo("indicator-in-plan"))
                .body("detail", containsString("Språkpraktik hos kommunens förvaltningar"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.plan(agreement))
                .then()
                .body("activities.find { it.id == '" + activityId + "' }.indicator.id", equalTo(indicator));
        activity.remove("indicatorId");
        Strategies.put(
                        COORDINATOR_VASTMANLAND,
                        Strategies.plan(agreement) + "/activities/" + activityId,
                        activityEtag,
                        activity)
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(INDICATORS + "/" + indicator)
                .then()
                .body("followedInActionPlan", equalTo(false))
                .body("permissions.delete", equalTo(true));
        delete(indicator, Indicators.etag(indicator)).statusCode(204);
    }

    @Test
    void assessmentValuesFollowTheIndicatorsShape() {
        FollowUps.TestRound round = FollowUps.openRound();
        String perMunicipality =
                Indicators.create(round.agreement().id(), round.agreement().work(), "MUNICIPALITY", false);
        String otherArea =
                Indicators.create(round.agreement().id(), round.agreement().housing(), "COUNTY", false);
        Map<String, Object> draft = FollowUps.draft("ON_TRACK");
        draft.put(
                "indicatorValues",
                List.of(
                        Map.of("indicatorId", perMunicipality, "municipalityCode", "1980", "value", 1),
                        Map.of("indicatorId", perMunicipality, "value", 2),
                        Map.of("indicatorId", perMunicipality, "municipalityCode", "1480", "value", 3),
                        Map.of("indicatorId", perMunicipality, "municipalityCode", "1980", "gender", "MEN", "value", 4),
                        Map.of("indicatorId", perMunicipality, "municipalityCode", "1980", "value", 5),
                        Map.of("indicatorId", otherArea, "value", 6)));
        FollowUps.save(MEMBER_VASTERAS, round.vasterasWork(), draft)
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "indicatorValues[1].municipalityCode",
                                "indicatorValues[2].municipalityCode",
                                "indicatorValues[3].gender",
                                "indicatorValues[4]",
                                "indicatorValues[5].indicatorId")))
                .body("errors[0].message", equalTo("is required: the indicator has a value per municipality"))
                .body("errors[1].message", equalTo("Göteborg (1480) is not in county 19"))
                .body(
                        "errors[3].message",
                        equalTo("repeats indicatorValues[0] (same indicator, municipality and gender)"));
        ADMIN.request()
                .get(FollowUps.ASSESSMENTS + "/" + round.vasterasWork())
                .then()
                .body("state", equalTo("NOT_STARTED"));
    }

    @ParameterizedTest(name = "{0} defines an indicator of a Västmanland agreement: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void whoDefinesIndicators(DemoUser user, int expected) {
        String agreement = roleAgreement();
        user.request()
                .contentType(ContentType.JSON)
                .body(Indicators.input(null, "COUNTY", false))
                .post(Agreements.PATH + "/" + agreement + "/indicators")
                .then()
                .statusCode(expected);
        String id = Indicators.create(agreement, null, "COUNTY", false);
        int changed = expected == 201 ? 200 : expected;
        update(id, Indicators.etag(id), Indicators.input(null, "COUNTY", false), user)
                .statusCode(changed);
        user.request()
                .header("If-Match", Indicators.etag(id))
                .delete(INDICATORS + "/" + id)
                .then()
                .statusCode(expected == 201 ? 204 : expected);
    }

    @ParameterizedTest(name = "{0} reads the indicators of a Västmanland draft: {1}")
    @CsvSource({
        "ANONYMOUS, 404",
        "MEMBER_VASTERAS, 200",
        "MEMBER_ARBETSFORMEDLINGEN, 404",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void indicatorsOfADraftAreSeenLikeTheDraft(DemoUser user, int expected) {
        String draft = draftAgreement();
        String id = Indicators.create(draft, null, "COUNTY", false);
        user.request().get(Agreements.PATH + "/" + draft + "/indicators").then().statusCode(expected);
        user.request().get(INDICATORS + "/" + id).then().statusCode(expected);
        user.request().get(INDICATORS + "/" + id + "/values").then().statusCode(expected);
        user.request().get(INDICATORS + "/" + id + "/values.csv").then().statusCode(expected);
    }

    private static ValidatableResponse update(String id, String etag, Map<String, Object> body) {
        return update(id, etag, body, COORDINATOR_VASTMANLAND);
    }

    private static ValidatableResponse update(String id, String etag, Map<String, Object> body, DemoUser user) {
        var request = user.request().contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(INDICATORS + "/" + id).then();
    }

    private static ValidatableResponse delete(String id, String etag) {
        var request = COORDINATOR_VASTMANLAND.request();
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.delete(INDICATORS + "/" + id).then();
    }
}
