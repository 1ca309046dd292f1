package se.samverkan.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.support.Agreements.PATH;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.support.Agreements;

/** DRAFT → CONSULTATION → ADOPTED → EXPIRED / SUPERSEDED, and every illegal step as a 409 naming its rule. */
@QuarkusTest
class AgreementLifecycleTest {

    @Inject
    AgreementService agreementService;

    @Test
    void aNewAgreementIsADraftThatOnlyItsCountySees() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("permissions.edit", equalTo(true))
                .body("permissions.statusChanges", equalTo(List.of("CONSULTATION", "ADOPTED")));
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void adoptionNeedsTwoPartiesAndAGoalArea() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED"), "adoption-needs-two-parties");
        Agreements.addParty(COORDINATOR_VASTMANLAND, id, "lansstyrelsen-vastmanland", "CONVENER");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED"), "adoption-needs-two-parties");
        Agreements.addParty(COORDINATOR_VASTMANLAND, id, "vasteras-stad", "SIGNATORY");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED"), "adoption-needs-a-goal-area");
        Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        assertStatus(id, "DRAFT");

        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "CONSULTATION")
                .statusCode(200)
                .body("status", equalTo("CONSULTATION"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "DRAFT")
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "CONSULTATION").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, id))
                .body(Map.of("status", "ADOPTED", "adoptedOn", "2026-11-20"))
                .post(PATH + "/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("adoptedOn", equalTo("2026-11-20"))
                .body("permissions.edit", equalTo(false))
                .body("permissions.editPriorities", equalTo(true));
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("ADOPTED"));
    }

    @Test
    void illegalStepsNameTheirRule() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, draft, "DRAFT"), "transition-not-allowed");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, draft, "EXPIRED"), "transition-not-allowed");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, draft, "SUPERSEDED"), "superseded-by-revision");

        String adopted = adopted(Agreements.input("19"));
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "CONSULTATION"), "transition-not-allowed");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "ADOPTED"), "transition-not-allowed");
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, adopted, "EXPIRED"), "expiry-after-period");
        assertStatus(adopted, "ADOPTED");
    }

    @Test
    void anAdoptedAgreementIsFinalAndNeverDeleted() {
        Map<String, Object> body = Agreements.input("19");
        String id = adopted(body);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, id))
                .body(Agreements.input("19"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(409)
                .body("rule", equalTo("adopted-is-final"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        se.samverkan.demo.DemoDataLoader.organisationId("sala-kommun")
                                .toString(),
                        "role",
                        "SIGNATORY"))
                .post(PATH + "/" + id + "/parties")
                .then()
                .statusCode(409)
                .body("rule", equalTo("adopted-is-final"));
        ADMIN.request()
                .header("If-Match", Agreements.etag(ADMIN, id))
                .delete(PATH + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("adopted-never-deleted"));
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(200).body("title", equalTo(body.get("title")));
    }

    @Test
    void aDraftMayBeDeleted() {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        COORDINATOR_VASTMANLAND.request().delete(PATH + "/" + id).then().statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Agreements.etag(ADMIN, id))
                .delete(PATH + "/" + id)
                .then()
                .statusCode(204);
        ADMIN.request().get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void adoptingARevisionSupersedesItsPredecessor() {
        String original = adopted(Agreements.input("19"));
        Map<String, Object> revisionBody = Agreements.input("19");
        revisionBody.put("supersedesId", original);
        String revision = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, revisionBody);
        assertStatus(original, "ADOPTED");
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, revision, "ADOPTED").statusCode(200);
        ANONYMOUS
                .request()
                .get(PATH + "/" + original)
                .then()
                .body("status", equalTo("SUPERSEDED"))
                .body("supersededBy[0].id", equalTo(revision));
        ANONYMOUS
                .request()
                .get(PATH + "/" + original + "/history")
                .then()
                .body("summary", hasItem(containsString("Superseded by")));
    }

    @Test
    void aRevisionMustBeOfTheSameKindAndCounty() {
        String original = adopted(Agreements.input("19"));
        Map<String, Object> body = Agreements.input("19");
        body.put("kind", "STRATEGY");
        body.put("supersedesId", original);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("supersedesId"))
                .body("errors[0].message", equalTo("a revision must be of the same kind and county"));
    }

    @Test
    void aRevisionOfADraftCannotBeAdopted() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Map<String, Object> body = Agreements.input("19");
        body.put("supersedesId", draft);
        String revision = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, body);
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, revision, "ADOPTED"), "revision-of-adopted-only");
    }

    @Test
    void anAdoptedAgreementExpiresAfterItsPeriod() {
        Map<String, Object> body = Agreements.input("19");
        body.put("firstYear", 2020);
        body.put("lastYear", 2021);
        String id = adopted(body);
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .body("permissions.statusChanges", equalTo(List.of("EXPIRED")));

        int expired = agreementService.expireEnded(ChangeRecorder.Actor.system("nightly-job"));

        org.junit.jupiter.api.Assertions.assertTrue(expired >= 1);
        assertStatus(id, "EXPIRED");
        ANONYMOUS
                .request()
                .get(PATH + "/" + id + "/history")
                .then()
                .body("[0].actor", equalTo("nightly-job"))
                .body("[0].action", equalTo("STATUS_CHANGED"))
                .body("[0].changes.find { it.field == 'status' }.after", equalTo("EXPIRED"));
    }

    @Test
    void yearlyPrioritiesAreSetOnAnAdoptedAgreement() {
        String id = adopted(Agreements.input("19"));
        String goalArea = ANONYMOUS.request().get(PATH + "/" + id).path("goalAreas[0].id");
        String priorities = PATH + "/" + id + "/goal-areas/" + goalArea + "/priorities/";
        Map<String, Object> focus = Map.of(
                "points",
                List.of("Fler bostäder till nyanlända", "Samordnad bosättning"),
                "decidedBy",
                "Integrationsrådet",
                "decidedOn",
                "2026-02-10");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(focus)
                .put(priorities + "2026")
                .then()
                .statusCode(201)
                .body("year", equalTo(2026))
                .body("points[1]", equalTo("Samordnad bosättning"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(focus)
                .put(priorities + "2026")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("points", List.of("Bostäder först")))
                .put(priorities + "2026")
                .then()
                .statusCode(200)
                .body("points", equalTo(List.of("Bostäder först")))
                .body("decidedBy", equalTo(null));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(focus)
                .put(priorities + "2030")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("points", List.of()))
                .put(priorities + "2027")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("points"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + id)
                .then()
                .body("goalAreas[0].priorities[0].points", equalTo(List.of("Bostäder först")));
    }

    @Test
    void aDraftsPartsAreRemovedAndNoLongerShown() {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String path = PATH + "/" + id;
        String goalArea = ADMIN.request().get(path).path("goalAreas[0].id");
        String vasteras =
                se.samverkan.demo.DemoDataLoader.organisationId("vasteras-stad").toString();
        String partyOfVasteras = "parties.find { it.organisation.id == '" + vasteras + "' }";
        String party = ADMIN.request().get(path).path(partyOfVasteras + ".id");
        String areaPath = path + "/goal-areas/" + goalArea;
        var responsibility = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", vasteras, "kind", "RESPONSIBLE", "level", "LOCAL"))
                .post(areaPath + "/responsibilities")
                .then()
                .statusCode(201)
                .extract();
        var priority = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("points", List.of("Fler bostäder till nyanlända")))
                .put(areaPath + "/priorities/2026")
                .then()
                .statusCode(201)
                .extract();

        remove(areaPath + "/responsibilities/" + responsibility.path("id"), responsibility.header("ETag"));
        // A change to it based on the version read before: the caller learns it was removed meanwhile (412), not 404.
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", responsibility.header("ETag"))
                .header("Accept-Language", "sv")
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", vasteras, "kind", "OTHER", "level", "LOCAL"))
                .put(areaPath + "/responsibilities/" + responsibility.path("id"))
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:samverkan:problem:precondition-failed"))
                .body("detail", equalTo("Någon annan har tagit bort detta sedan du läste det"));
        remove(areaPath + "/priorities/2026", priority.header("ETag"));
        ADMIN.request()
                .get(path)
                .then()
                .body("goalAreas[0].responsibilities", equalTo(List.of()))
                .body("goalAreas[0].priorities", equalTo(List.of()));
        remove(path + "/parties/" + party, "\"" + ADMIN.request().get(path).path(partyOfVasteras + ".version") + "\"");
        remove(areaPath, ADMIN.request().get(areaPath).header("ETag"));
        ADMIN.request()
                .get(path)
                .then()
                .body(
                        "parties.organisation.id",
                        equalTo(List.of(se.samverkan.demo.DemoDataLoader.organisationId("lansstyrelsen-vastmanland")
                                .toString())))
                .body("goalAreas", equalTo(List.of()));
        assertRule(Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED"), "adoption-needs-two-parties");
    }

    private static void remove(String path, String etag) {
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(204);
    }

    private static String adopted(Map<String, Object> body) {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, body);
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED").statusCode(200);
        return id;
    }

    private static void assertRule(io.restassured.response.ValidatableResponse response, String rule) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:conflict"))
                .body("rule", equalTo(rule));
    }

    private static void assertStatus(String id, String status) {
        ADMIN.request().get(PATH + "/" + id).then().body("status", equalTo(status));
    }
}
