package se.samverkan.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverkan.demo.DemoDataLoader;

/** Steps shared by the funding tests. */
public final class Fundings {

    public static final String PATH = "/api/v1/funding";
    public static final String PROGRAMMES = PATH + "/programmes";
    public static final String CALLS = PATH + "/calls";
    public static final String APPLICATIONS = PATH + "/applications";
    public static final String PROJECTS = PATH + "/projects";
    public static final String ACCOUNTS = PATH + "/accounts";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fundings() {}

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
    }

    public static String organisation(String key) {
        return DemoDataLoader.organisationId(key).toString();
    }

    /** The id of a goal area of a demo agreement, by number. */
    public static String goalArea(String agreementId, String number) {
        return DemoUser.ADMIN
                .request()
                .get(Agreements.PATH + "/" + agreementId)
                .then()
                .statusCode(200)
                .extract()
                .path("goalAreas.find { it.number == '" + number + "' }.id");
    }

    public static String programme() {
        return DemoUser.ADMIN
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "PARAGRAPH_37",
                        "name",
                        unique("Utvecklingsmedel § 37"),
                        "legalBasis",
                        Map.of(
                                "sfs",
                                "2010:1122",
                                "title",
                                "Förordning om statlig ersättning för insatser för vissa utlänningar"),
                        "managingAuthority",
                        "Länsstyrelsen"))
                .post(PROGRAMMES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> call(String programmeId, String countyCode, int year, String deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("countyCode", countyCode);
        body.put("year", year);
        body.put("title", unique("§ 37-medel " + year));
        body.put("startsOn", year + "-01-01");
        body.put("endsOn", year + "-12-31");
        body.put("deadline", deadline);
        body.put("budget", "1500000.00");
        body.put("strategyWeight", "Fördelning av statliga medel – lägger vikt vid RUS");
        return body;
    }

    public static String createCall(DemoUser user, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CALLS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An open call of Västmanland with a deadline far ahead. */
    public static String openCall(String programmeId) {
        String id = createCall(DemoUser.COORDINATOR_VASTMANLAND, call(programmeId, "19", 2030, "2099-12-31"));
        status(DemoUser.COORDINATOR_VASTMANLAND, CALLS + "/" + id, Map.of("status", "OPEN"))
                .statusCode(200);
        return id;
    }

    public static Map<String, Object> application(String applicantKey, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantOrganisationId", organisation(applicantKey));
        body.put("coApplicantIds", List.of(organisation("arbetsformedlingen")));
        body.put("projectName", unique("Språkstöd i vården"));
        body.put("description", "Praktik för utlandsutbildad vårdpersonal.");
        body.put("amountApplied", amount);
        body.put("startsOn", "2030-02-01");
        body.put("endsOn", "2030-12-31");
        body.put("targetGroups", List.of("NEWLY_ARRIVED"));
        return body;
    }

    public static String apply(DemoUser user, String callId, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CALLS + "/" + callId + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String path) {
        return DemoUser.ADMIN
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** POST {path}/status with the current ETag. */
    public static ValidatableResponse status(DemoUser user, String path, Map<String, Object> body) {
        return post(user, path + "/status", path, body);
    }

    public static ValidatableResponse post(DemoUser user, String path, String etagOf, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(etagOf))
                .body(body)
                .post(path)
                .then();
    }

    public static ValidatableResponse decide(DemoUser user, String applicationId, Map<String, Object> body) {
        return post(user, APPLICATIONS + "/" + applicationId + "/decision", APPLICATIONS + "/" + applicationId, body);
    }

    public static Map<String, Object> grant(String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "GRANTED");
        body.put("amountGranted", amount);
        body.put("decidedOn", "2030-01-20");
        body.put("caseNumber", "851-1234-2030");
        body.put("accountingDueOn", "2031-03-31");
        return body;
    }

    /** A submitted application in review. */
    public static String inReview(String callId, Map<String, Object> body) {
        String id = apply(DemoUser.MEMBER_VASTERAS, callId, body);
        status(DemoUser.MEMBER_VASTERAS, APPLICATIONS + "/" + id, Map.of("status", "SUBMITTED"))
                .statusCode(200);
        status(DemoUser.COORDINATOR_VASTMANLAND, APPLICATIONS + "/" + id, Map.of("status", "IN_REVIEW"))
                .statusCode(200);
        return id;
    }

    public static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("rule", org.hamcrest.Matchers.equalTo(rule));
    }
}
