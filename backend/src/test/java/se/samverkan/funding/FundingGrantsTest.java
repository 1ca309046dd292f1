package se.samverkan.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_GR;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTERBOTTEN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.NATIONAL_READER;
import static se.samverkan.support.DemoUser.STATISTICS_SYSTEM;
import static se.samverkan.support.Fundings.ACCOUNTS;
import static se.samverkan.support.Fundings.APPLICATIONS;
import static se.samverkan.support.Fundings.CALLS;
import static se.samverkan.support.Fundings.PATH;
import static se.samverkan.support.Fundings.PROJECTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Fundings;

/**
 * Funding read through scoped grants (issue 10): a county-coordinator grant acts as the county's coordinator, the
 * national reader reads every county's applications and accounts without changing them, and the other grants (a
 * federation's coordinator, a LÖK author, a statistics provider) open nothing of a county's funding.
 */
@QuarkusTest
class FundingGrantsTest {

    /** Västerbotten's coordinator by grant (no base role) runs a call of county 24 from draft to project and account. */
    @Test
    void aCountyCoordinatorByGrantRunsTheCountysCallsApplicationsAndAccounts() {
        String programme = Fundings.programme();
        ADMIN.request().queryParam("county", "24").get(PATH + "/summary").then().statusCode(200);
        COORDINATOR_VASTERBOTTEN
                .request()
                .queryParam("county", "24")
                .get(PATH + "/summary")
                .then()
                .statusCode(200)
                .body("permissions.createCall", equalTo(true))
                .body("permissions.createProject", equalTo(true));
        String call = Fundings.createCall(COORDINATOR_VASTERBOTTEN, Fundings.call(programme, "24", 2030, "2099-12-31"));
        // The draft is the county's: its coordinator by grant and the national reader see it, Västmanland's does not.
        COORDINATOR_VASTERBOTTEN
                .request()
                .queryParam("county", "24")
                .get(CALLS)
                .then()
                .statusCode(200)
                .body("id", hasItem(call));
        NATIONAL_READER.request().get(CALLS + "/" + call).then().statusCode(200);
        NATIONAL_READER
                .request()
                .queryParam("county", "24")
                .get(CALLS)
                .then()
                .statusCode(200)
                .body("id", hasItem(call));
        COORDINATOR_VASTMANLAND.request().get(CALLS + "/" + call).then().statusCode(404);
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("county", "24")
                .get(CALLS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(call)));
        Fundings.status(COORDINATOR_VASTERBOTTEN, CALLS + "/" + call, Map.of("status", "OPEN"))
                .statusCode(200);

        // Umeå applies (through an admin: no demo user is a member of a Västerbotten organisation) and submits.
        String application = Fundings.apply(ADMIN, call, Fundings.application("umea-kommun", "5000.00"));
        String path = APPLICATIONS + "/" + application;
        COORDINATOR_VASTERBOTTEN.request().get(path).then().statusCode(404);
        Fundings.status(ADMIN, path, Map.of("status", "SUBMITTED")).statusCode(200);
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .body("permissions.statusChanges", hasItem("IN_REVIEW"));
        COORDINATOR_VASTERBOTTEN
                .request()
                .queryParam("county", "24")
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", hasItem(application));
        Fundings.status(COORDINATOR_VASTERBOTTEN, path, Map.of("status", "IN_REVIEW"))
                .statusCode(200);
        COORDINATOR_VASTERBOTTEN.request().get(path).then().body("permissions.decide", equalTo(true));
        // Others refused the decision: Västmanland's coordinator does not see it, the reader sees but does not decide.
        Fundings.decide(COORDINATOR_VASTMANLAND, application, Fundings.grant("4000.00"))
                .statusCode(404);
        Fundings.decide(NATIONAL_READER, application, Fundings.grant("4000.00"))
                .statusCode(403)
                .contentType("application/problem+json");
        String project = Fundings.decide(COORDINATOR_VASTERBOTTEN, application, Fundings.grant("4000.00"))
                .statusCode(200)
                .body("status", equalTo("GRANTED"))
                .extract()
                .path("projectId");

        // The project's accounts: the coordinator by grant manages them, the reader reads them.
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("permissions.update", equalTo(true))
                .body("permissions.addAccount", equalTo(true));
        String account = COORDINATOR_VASTERBOTTEN
                .request()
                .get(PROJECTS + "/" + project + "/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        COORDINATOR_VASTERBOTTEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(ACCOUNTS + "/" + account))
                .body(Map.of("dueOn", "2031-06-30"))
                .put(ACCOUNTS + "/" + account)
                .then()
                .statusCode(200)
                .body("dueOn", equalTo("2031-06-30"));
        COORDINATOR_VASTERBOTTEN
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("dueOn", "2032-03-31"))
                .post(PROJECTS + "/" + project + "/accounts")
                .then()
                .statusCode(201);
        COORDINATOR_VASTERBOTTEN
                .request()
                .queryParam("county", "24")
                .get(ACCOUNTS)
                .then()
                .statusCode(200)
                .body("id", hasItem(account));
        NATIONAL_READER.request().get(ACCOUNTS + "/" + account).then().statusCode(200);
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(ACCOUNTS + "/" + account))
                .body(Map.of("dueOn", "2031-09-30"))
                .put(ACCOUNTS + "/" + account)
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND.request().get(ACCOUNTS + "/" + account).then().statusCode(404);
    }

    /** The grant reaches its own county only: Västerbotten's coordinator by grant is refused in Västmanland. */
    @Test
    void aCountyCoordinatorByGrantIsRefusedInAnotherCounty() {
        String programme = Fundings.programme();
        COORDINATOR_VASTERBOTTEN
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                .post(CALLS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String call = Fundings.openCall(programme);
        String application = Fundings.inReview(call, Fundings.application("vasteras-stad", "900.00"));
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(APPLICATIONS + "/" + application)
                .then()
                .statusCode(404);
        COORDINATOR_VASTERBOTTEN
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(application)));
        Fundings.decide(COORDINATOR_VASTERBOTTEN, application, Fundings.grant("900.00"))
                .statusCode(404);
        COORDINATOR_VASTERBOTTEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(CALLS + "/" + call))
                .body(Map.of("status", "CLOSED"))
                .post(CALLS + "/" + call + "/status")
                .then()
                .statusCode(403);
    }

    /** The national reader reads every county's submitted applications and accounts and changes none of them. */
    @Test
    void theNationalReaderReadsEveryCountysFundingAndChangesNothing() {
        String programme = Fundings.programme();
        String call = Fundings.openCall(programme);
        String draft = Fundings.apply(DemoUser.MEMBER_VASTERAS, call, Fundings.application("vasteras-stad", "100.00"));
        String application = Fundings.inReview(call, Fundings.application("vasteras-stad", "900.00"));
        // A draft is the applicant's own, also to the reader.
        NATIONAL_READER.request().get(APPLICATIONS + "/" + draft).then().statusCode(404);
        NATIONAL_READER
                .request()
                .get(APPLICATIONS + "/" + application)
                .then()
                .statusCode(200)
                .body("permissions.update", equalTo(false))
                .body("permissions.decide", equalTo(false))
                .body("permissions.statusChanges.size()", equalTo(0));
        NATIONAL_READER
                .request()
                .get(APPLICATIONS + "/" + application + "/history")
                .then()
                .statusCode(200);
        NATIONAL_READER
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", hasItem(application))
                .body("id", not(hasItem(draft)));
        NATIONAL_READER
                .request()
                .queryParam("county", "19")
                .get(PATH + "/summary")
                .then()
                .statusCode(200)
                .body("permissions.createCall", equalTo(false));
        // Refused every change.
        Fundings.status(NATIONAL_READER, APPLICATIONS + "/" + application, Map.of("status", "WITHDRAWN"))
                .statusCode(403);
        Fundings.decide(NATIONAL_READER, application, Fundings.grant("900.00")).statusCode(403);
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                .post(CALLS)
                .then()
                .statusCode(403);
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.application("vasteras-stad", "100.00"))
                .post(CALLS + "/" + call + "/applications")
                .then()
                .statusCode(403);
        Fundings.status(NATIONAL_READER, CALLS + "/" + call, Map.of("status", "CLOSED"))
                .statusCode(403);
    }

    /**
     * A federation's coordinator, a LÖK author and a statistics provider hold no county: their grants open nothing of a
     * county's calls and decisions (the county administrative board's).
     */
    @Test
    void otherGrantsOpenNothingOfACountysFunding() {
        String programme = Fundings.programme();
        String call = Fundings.openCall(programme);
        String application = Fundings.inReview(call, Fundings.application("vasteras-stad", "900.00"));
        // GR's coordinator: not in Västra Götaland's calls (its grant is the federation's, not the county's) ...
        COORDINATOR_GR
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.call(programme, "14", 2030, "2099-12-31"))
                .post(CALLS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        COORDINATOR_GR
                .request()
                .queryParam("county", "14")
                .get(PATH + "/summary")
                .then()
                .statusCode(200)
                .body("permissions.createCall", equalTo(false));
        // ... nor in Västmanland's applications.
        COORDINATOR_GR.request().get(APPLICATIONS + "/" + application).then().statusCode(404);
        COORDINATOR_GR
                .request()
                .queryParam("call", call)
                .get(APPLICATIONS)
                .then()
                .statusCode(200)
                .body("id", not(hasItem(application)));
        Fundings.decide(COORDINATOR_GR, application, Fundings.grant("900.00")).statusCode(404);
        // The LÖK author of Arbetsförmedlingen reads as the co-applicant's member, and decides nothing.
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(APPLICATIONS + "/" + application)
                .then()
                .statusCode(200)
                .body("permissions.decide", equalTo(false));
        Fundings.decide(LOK_AUTHOR_ARBETSFORMEDLINGEN, application, Fundings.grant("900.00"))
                .statusCode(403);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                .post(CALLS)
                .then()
                .statusCode(403);
        // The statistics system: neither reads the application nor opens a call.
        STATISTICS_SYSTEM.request().get(APPLICATIONS + "/" + application).then().statusCode(404);
        STATISTICS_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(Fundings.call(programme, "19", 2030, "2099-12-31"))
                .post(CALLS)
                .then()
                .statusCode(403);
    }
}
