package se.samverkan.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Fundings.ACCOUNTS;
import static se.samverkan.support.Fundings.APPLICATIONS;
import static se.samverkan.support.Fundings.CALLS;
import static se.samverkan.support.Fundings.PROJECTS;
import static se.samverkan.support.Fundings.assertRule;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.Fundings;

/** A call is opened, applied to, granted in part; the project is public and its account is filed. */
@QuarkusTest
class FundingFlowTest {

    @Test
    void theCoordinatorOpensACallTheMemberAppliesAPartIsGrantedAndTheAccountIsFiled() {
        String programme = Fundings.programme();
        String area36 = Fundings.goalArea(Agreements.VASTMANLAND_ROK, "3.6");
        Map<String, Object> callBody = Fundings.call(programme, "19", 2030, "2099-12-31");
        callBody.put(
                "priorities",
                List.of(Map.of(
                        "text",
                        "Bosättning av nyanlända",
                        "goalAreaIds",
                        List.of(area36),
                        "strategies",
                        List.of(Map.of("goalAreaId", area36, "index", 0)),
                        "targetGroups",
                        List.of("NEWLY_ARRIVED"))));
        String call = Fundings.createCall(COORDINATOR_VASTMANLAND, callBody);
        // A draft call is the coordinator's own.
        ANONYMOUS.request().get(CALLS + "/" + call).then().statusCode(404);
        Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + call, Map.of("status", "OPEN"))
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("priorities[0].links.goalAreas[0].number", equalTo("3.6"))
                .body("priorities[0].links.strategies[0].text", notNullValue());
        ANONYMOUS.request().get(CALLS + "/" + call).then().statusCode(200).body("budget", equalTo("1500000.00"));

        Map<String, Object> body = Fundings.application("vasteras-stad", "400000.50");
        body.put("goalAreaIds", List.of(area36));
        String application = Fundings.apply(MEMBER_VASTERAS, call, body);
        MEMBER_VASTERAS
                .request()
                .get(APPLICATIONS + "/" + application)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("amountApplied", equalTo("400000.50"))
                .body("permissions.update", equalTo(true))
                .body("permissions.statusChanges", equalTo(List.of("SUBMITTED", "WITHDRAWN")));
        Fundings.status(MEMBER_VASTERAS, APPLICATIONS + "/" + application, Map.of("status", "SUBMITTED"))
                .statusCode(200)
                .body("submittedAt", notNullValue());
        // "Only mine" narrows the list to the caller's own organisation's applications.
        String ofCall = APPLICATIONS + "?call=" + call;
        MEMBER_VASTERAS
                .request()
                .get(ofCall + "&mine=true")
                .then()
                .statusCode(200)
                .body("id", hasItem(application));
        COORDINATOR_VASTMANLAND.request().get(ofCall).then().statusCode(200).body("id", hasItem(application));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ofCall + "&mine=true")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(application)));
        Fundings.status(COORDINATOR_VASTMANLAND, APPLICATIONS + "/" + application, Map.of("status", "IN_REVIEW"))
                .statusCode(200)
                .body("permissions.decide", equalTo(true));
        String project = Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("300000.25"))
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .body("amountGranted", equalTo("300000.25"))
                .body("caseNumber", equalTo("851-1234-2030"))
                .body("projectId", notNullValue())
                .extract()
                .path("projectId");

        // Public: who got what for what, also on goal area 3.6's list.
        ANONYMOUS
                .request()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("owner.name", equalTo("Västerås stad"))
                .body("partners[0].name", equalTo("Arbetsförmedlingen"))
                .body("budget[0].amount", equalTo("300000.25"))
                .body("budget[0].year", equalTo(2030))
                .body("budgetTotal", equalTo("300000.25"))
                .body("links.goalAreas[0].id", equalTo(area36))
                .body("permissions.update", equalTo(false))
                .body("permissions.readAccounts", equalTo(false));
        ANONYMOUS
                .request()
                .queryParam("goalArea", area36)
                .queryParam("size", 100)
                .get(PROJECTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(project));
        // The application itself stays private.
        ANONYMOUS.request().get(APPLICATIONS + "/" + application).then().statusCode(401);

        String account = MEMBER_VASTERAS
                .request()
                .get(PROJECTS + "/" + project + "/accounts")
                .then()
                .statusCode(200)
                .body("[0].dueOn", equalTo("2031-03-31"))
                .body("[0].status", equalTo("DUE"))
                .body("[0].permissions.file", equalTo(true))
                .extract()
                .path("[0].id");
        MEMBER_ARBETSFORMEDLINGEN.request().get(ACCOUNTS + "/" + account).then().statusCode(200);
        Fundings.post(
                        MEMBER_ARBETSFORMEDLINGEN,
                        ACCOUNTS + "/" + account + "/filing",
                        ACCOUNTS + "/" + account,
                        Map.of("spent", "1.00", "whatWasDone", "Partnern försöker"))
                .statusCode(403);
        Fundings.post(
                        MEMBER_VASTERAS,
                        ACCOUNTS + "/" + account + "/filing",
                        ACCOUNTS + "/" + account,
                        Map.of(
                                "spent",
                                "287500.50",
                                "whatWasDone",
                                "Praktikplatser för utlandsutbildad vårdpersonal",
                                "results",
                                "Tolv deltagare"))
                .statusCode(200)
                .body("status", equalTo("FILED"))
                .body("spent", equalTo("287500.50"))
                .body("filedBy", equalTo("member.vasteras"))
                .body("overdue", equalTo(false));
        assertRule(
                Fundings.post(
                        MEMBER_VASTERAS,
                        ACCOUNTS + "/" + account + "/filing",
                        ACCOUNTS + "/" + account,
                        Map.of("spent", "1.00", "whatWasDone", "Igen")),
                "account-filed");
        Fundings.status(COORDINATOR_VASTMANLAND, ACCOUNTS + "/" + account, Map.of("status", "APPROVED"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        assertRule(
                Fundings.status(COORDINATOR_VASTMANLAND, ACCOUNTS + "/" + account, Map.of("status", "DUE")),
                "account-approved");

        MEMBER_VASTERAS
                .request()
                .get(APPLICATIONS + "/" + application + "/history")
                .then()
                .statusCode(200)
                .body("[0].actor", equalTo("coordinator.vastmanland"))
                .body("[0].changes.find { it.field == 'amountGranted' }.after", equalTo("300000.25"));
        // Account entries of the project's history only for those who may read the accounts.
        MEMBER_VASTERAS
                .request()
                .get(PROJECTS + "/" + project + "/history")
                .then()
                .body("entityType", hasItem("FUNDING_ACCOUNT"));
        ANONYMOUS
                .request()
                .get(PROJECTS + "/" + project + "/history")
                .then()
                .statusCode(200)
                .body("entityType", not(hasItem("FUNDING_ACCOUNT")));
    }

    @Test
    void everyRoleIsRefusedWhatIsNotTheirs() {
        String call = Fundings.openCall(Fundings.programme());
        String application = Fundings.apply(MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "1000.00"));
        String path = APPLICATIONS + "/" + application;
        // A draft: the applicant and the co-applicant read it; no one else, not even the coordinator.
        MEMBER_ARBETSFORMEDLINGEN.request().get(path).then().statusCode(200).body("permissions.update", equalTo(false));
        COORDINATOR_VASTMANLAND.request().get(path).then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND.request().get(path).then().statusCode(404);
        AGENCY_SYSTEM.request().get(path).then().statusCode(404);
        ANONYMOUS.request().get(path).then().statusCode(401);
        ADMIN.request().get(path).then().statusCode(200);
        // Applying for someone else's organisation.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.application("vasteras-stad", "1000.00"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.application("vasteras-stad", "1000.00"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.application("vasteras-stad", "1000.00"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(401);
        // The co-applicant neither edits nor submits; the coordinator does not submit; members do not review.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Fundings.application("vasteras-stad", "2000.00"))
                .put(path)
                .then()
                .statusCode(403);
        Fundings.status(MEMBER_ARBETSFORMEDLINGEN, path, Map.of("status", "SUBMITTED"))
                .statusCode(403);
        Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "SUBMITTED")).statusCode(200);
        COORDINATOR_VASTMANLAND.request().get(path).then().statusCode(200);
        COORDINATOR_VASTRA_GOTALAND.request().get(path).then().statusCode(404);
        Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "IN_REVIEW")).statusCode(403);
        Fundings.status(COORDINATOR_VASTRA_GOTALAND, path, Map.of("status", "IN_REVIEW"))
                .statusCode(404);
        Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "IN_REVIEW"))
                .statusCode(200);
        Fundings.decide(MEMBER_VASTERAS, application, Fundings.grant("1000.00")).statusCode(403);
        Fundings.decide(COORDINATOR_VASTRA_GOTALAND, application, Fundings.grant("1000.00"))
                .statusCode(404);
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("1000.00"))
                .statusCode(200);
        // Lists follow the same rule.
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(application)));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", hasItem(application));
        AGENCY_SYSTEM
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(application)));
        // Calls, projects and programmes: only their managers change them.
        Map<String, Object> callBody = Fundings.call(Fundings.programme(), "19", 2030, "2099-12-31");
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .body(callBody)
                .post(CALLS)
                .then()
                .statusCode(403);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(callBody)
                .post(CALLS)
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "AMIF", "name", Fundings.unique("AMIF")))
                .post(Fundings.PROGRAMMES)
                .then()
                .statusCode(403);
        String project = ADMIN.request().get(path).then().extract().path("projectId");
        Map<String, Object> projectBody = Map.of(
                "name",
                "Ändrat namn",
                "countyCode",
                "19",
                "status",
                "ONGOING",
                "ownerOrganisationId",
                Fundings.organisation("vasteras-stad"));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(projectBody)
                .put(PROJECTS + "/" + project)
                .then()
                .statusCode(403);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(projectBody)
                .put(PROJECTS + "/" + project)
                .then()
                .statusCode(403);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(projectBody)
                .put(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("name", equalTo("Ändrat namn"));
        // Accounts: the partner reads, others do not; the board is for the logged in.
        AGENCY_SYSTEM
                .request()
                .get(PROJECTS + "/" + project + "/accounts")
                .then()
                .statusCode(404);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(PROJECTS + "/" + project + "/accounts")
                .then()
                .statusCode(404);
        ANONYMOUS.request().get(PROJECTS + "/" + project + "/accounts").then().statusCode(401);
        ANONYMOUS.request().get(ACCOUNTS).then().statusCode(401);
    }

    @Test
    void everyIllegalStepIsRefusedByItsRule() {
        String programme = Fundings.programme();
        // Calls: a draft is not seen by applicants and is not closed; a closed call is not reopened or edited.
        String draft = Fundings.createCall(COORDINATOR_VASTMANLAND, Fundings.call(programme, "19", 2030, "2099-12-31"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.application("vasteras-stad", "10.00"))
                .post(CALLS + "/" + draft + "/applications")
                .then()
                .statusCode(404);
        assertRule(
                Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + draft, Map.of("status", "CLOSED")),
                "call-not-open");
        Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + draft, Map.of("status", "OPEN"))
                .statusCode(200);
        assertRule(
                Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + draft, Map.of("status", "OPEN")),
                "status-unchanged");
        String early = Fundings.apply(MEMBER_VASTERAS, draft, Fundings.application("vasteras-stad", "10.00"));
        Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + draft, Map.of("status", "CLOSED"))
                .statusCode(200);
        assertRule(
                Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + draft, Map.of("status", "OPEN")), "call-closed");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Fundings.etag(CALLS + "/" + draft))
                        .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                        .put(CALLS + "/" + draft)
                        .then(),
                "call-closed");
        // No new application to a closed call, and a draft made while open is not submitted once it is closed.
        assertRule(
                MEMBER_VASTERAS
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Fundings.application("vasteras-stad", "10.00"))
                        .post(CALLS + "/" + draft + "/applications")
                        .then(),
                "call-not-open");
        assertRule(
                Fundings.status(MEMBER_VASTERAS, APPLICATIONS + "/" + early, Map.of("status", "SUBMITTED")),
                "call-not-open");
        // The deadline passed.
        String late = Fundings.createCall(COORDINATOR_VASTMANLAND, Fundings.call(programme, "19", 2030, "2020-01-31"));
        Fundings.status(COORDINATOR_VASTMANLAND, CALLS + "/" + late, Map.of("status", "OPEN"))
                .statusCode(200);
        assertRule(
                MEMBER_VASTERAS
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Fundings.application("vasteras-stad", "10.00"))
                        .post(CALLS + "/" + late + "/applications")
                        .then(),
                "deadline-passed");

        String call = Fundings.openCall(programme);
        String application = Fundings.apply(MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "500.00"));
        String path = APPLICATIONS + "/" + application;
        // The coordinator does not see a draft at all; an admin is refused by the rule.
        Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "IN_REVIEW"))
                .statusCode(404);
        assertRule(Fundings.status(ADMIN, path, Map.of("status", "IN_REVIEW")), "not-submitted");
        Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "SUBMITTED")).statusCode(200);
        assertRule(Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "SUBMITTED")), "already-submitted");
        assertRule(
                MEMBER_VASTERAS
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Fundings.etag(path))
                        .body(Fundings.application("vasteras-stad", "600.00"))
                        .put(path)
                        .then(),
                "application-submitted");
        assertRule(Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("100.00")), "not-in-review");
        Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "IN_REVIEW"))
                .statusCode(200);
        assertRule(Fundings.status(COORDINATOR_VASTMANLAND, path, Map.of("status", "IN_REVIEW")), "already-in-review");
        // More than applied, by one öre.
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("500.01"))
                .statusCode(409)
                .body("rule", equalTo("granted-exceeds-applied"))
                .body("errors[0].field", equalTo("amountGranted"));
        // Decisions that say too little.
        Map<String, Object> noAmount = Fundings.grant("1.00");
        noAmount.remove("amountGranted");
        Fundings.decide(COORDINATOR_VASTMANLAND, application, noAmount)
                .statusCode(400)
                .body("errors[0].field", equalTo("amountGranted"));
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Map.of("outcome", "REJECTED", "decidedOn", "2030-01-20"))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Map.of("outcome", "SUBMITTED", "decidedOn", "2030-01-20"))
                .statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("12.345"))
                .statusCode(400)
                .body("errors[0].field", equalTo("amountGranted"));
        Fundings.decide(
                        COORDINATOR_VASTMANLAND,
                        application,
                        Map.of(
                                "outcome",
                                "REJECTED",
                                "decidedOn",
                                "2030-01-20",
                                "reason",
                                "Utanför utlysningens prioriteringar"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("amountGranted", nullValue())
                .body("projectId", nullValue());
        assertRule(Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "WITHDRAWN")), "application-final");
        assertRule(
                Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("100.00")), "application-final");
        Fundings.status(MEMBER_VASTERAS, path, Map.of("status", "GRANTED"))
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));

        // Withdrawn is final too.
        String withdrawn = Fundings.apply(MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "50.00"));
        Fundings.status(MEMBER_VASTERAS, APPLICATIONS + "/" + withdrawn, Map.of("status", "WITHDRAWN"))
                .statusCode(200);
        assertRule(
                Fundings.status(MEMBER_VASTERAS, APPLICATIONS + "/" + withdrawn, Map.of("status", "SUBMITTED")),
                "application-final");

        // Stale and missing If-Match.
        String fresh = Fundings.apply(MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "70.00"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("status", "SUBMITTED"))
                .post(APPLICATIONS + "/" + fresh + "/status")
                .then()
                .statusCode(412);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SUBMITTED"))
                .post(APPLICATIONS + "/" + fresh + "/status")
                .then()
                .statusCode(428);

        // Accounts: nothing to approve before filing.
        String granted = Fundings.inReview(call, Fundings.application("vasteras-stad", "80.00"));
        String project = Fundings.decide(COORDINATOR_VASTMANLAND, granted, Fundings.grant("80.00"))
                .statusCode(200)
                .extract()
                .path("projectId");
        String account = MEMBER_VASTERAS
                .request()
                .get(PROJECTS + "/" + project + "/accounts")
                .then()
                .extract()
                .path("[0].id");
        assertRule(
                Fundings.status(COORDINATOR_VASTMANLAND, ACCOUNTS + "/" + account, Map.of("status", "APPROVED")),
                "account-not-filed");
    }

    @Test
    void badInputNamesTheField() {
        String call = Fundings.openCall(Fundings.programme());
        Map<String, Object> body = Fundings.application("vasteras-stad", "10.5.0");
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amountApplied"));
        body = Fundings.application("vasteras-stad", "0.00");
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amountApplied"));
        body = Fundings.application("vasteras-stad", "10.00");
        body.put("endsOn", "2029-01-01");
        body.put("coApplicantIds", List.of(Fundings.organisation("vasteras-stad")));
        body.put("goalAreaIds", List.of(Fundings.goalArea(Agreements.VG_2024, "1")));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endsOn"))
                .body("errors.field", hasItem("coApplicantIds"))
                .body("errors.field", hasItem("goalAreaIds"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "TIA", "name", Fundings.unique("TIA"), "legalBasis", Map.of("sfs", "SFS 2017")))
                .post(Fundings.PROGRAMMES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("legalBasis.sfs"));
    }
}
