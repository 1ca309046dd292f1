package se.samverkan.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.demo.DemoDataLoader;

/** Steps shared by the follow-up tests: an adopted agreement with responsible parties, rounds and assessment steps. */
public final class FollowUps {

    public static final String ROUNDS = "/api/v1/follow-up-rounds";
    public static final String ASSESSMENTS = "/api/v1/assessments";
    public static final String INDICATORS = "/api/v1/indicators";
    public static final String VG_ROUND_2021 =
            DemoDataLoader.followUpRoundId("vastra-gotaland-2021").toString();

    /** An adopted regional agreement in Västmanland, 2026–2028, and its goal areas. */
    public record TestAgreement(String id, String work, String housing) {}

    /** An open round of a test agreement and its four tasks. */
    public record TestRound(
            TestAgreement agreement,
            String id,
            String vasterasWork,
            String arbetsformedlingenWork,
            String vasterasHousing,
            String arbetsformedlingenHousing) {
        public List<String> tasks() {
            return List.of(vasterasWork, arbetsformedlingenWork, vasterasHousing, arbetsformedlingenHousing);
        }
    }

    private FollowUps() {}

    /**
     * Parties: Länsstyrelsen (convener), Västerås stad and Arbetsförmedlingen Norra Mälardalen (signatories).
     * Goal area 1 "Arbete": Västerås responsible locally and regionally, Arbetsförmedlingen regionally, Länsstyrelsen
     * other party. Goal area 2 "Bosättning": "all other signatories" responsible, which stands for Västerås and
     * Arbetsförmedlingen.
     */
    public static TestAgreement adoptedAgreement() {
        DemoUser coordinator = DemoUser.COORDINATOR_VASTMANLAND;
        String id = Agreements.create(coordinator, Agreements.input("19"));
        Agreements.addParty(coordinator, id, "lansstyrelsen-vastmanland", "CONVENER");
        Agreements.addParty(coordinator, id, "vasteras-stad", "SIGNATORY");
        Agreements.addParty(coordinator, id, "arbetsformedlingen-norra-malardalen", "SIGNATORY");
        String work = Agreements.addGoalArea(coordinator, id, "1", "Arbete och praktik");
        String housing = Agreements.addGoalArea(coordinator, id, "2", "Bosättning");
        responsibility(id, work, "vasteras-stad", "RESPONSIBLE", "LOCAL");
        responsibility(id, work, "vasteras-stad", "RESPONSIBLE", "REGIONAL");
        responsibility(id, work, "arbetsformedlingen-norra-malardalen", "RESPONSIBLE", "REGIONAL");
        responsibility(id, work, "lansstyrelsen-vastmanland", "OTHER", "REGIONAL");
        coordinator
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("allOtherSignatories", true, "kind", "RESPONSIBLE", "level", "REGIONAL"))
                .post(Agreements.PATH + "/" + id + "/goal-areas/" + housing + "/responsibilities")
                .then()
                .statusCode(201);
        Agreements.changeStatus(coordinator, id, "ADOPTED").statusCode(200);
        return new TestAgreement(id, work, housing);
    }

    private static void responsibility(
            String agreementId, String goalAreaId, String organisationKey, String kind, String level) {
        DemoUser.COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        DemoDataLoader.organisationId(organisationKey).toString(),
                        "kind",
                        kind,
                        "level",
                        level))
                .post(Agreements.PATH + "/" + agreementId + "/goal-areas/" + goalAreaId + "/responsibilities")
                .then()
                .statusCode(201);
    }

    public static ValidatableResponse open(DemoUser user, String agreementId, int year, String deadline) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "deadline", deadline))
                .post(Agreements.PATH + "/" + agreementId + "/follow-up-rounds")
                .then();
    }

    /** An adopted agreement with an open round for 2027, due 2027-03-31. */
    public static TestRound openRound() {
        return openRound(adoptedAgreement(), "2027-03-31");
    }

    public static TestRound openRound(TestAgreement agreement, String deadline) {
        String id = open(DemoUser.COORDINATOR_VASTMANLAND, agreement.id(), 2027, deadline)
                .statusCode(201)
                .extract()
                .path("id");
        var round = DemoUser.ADMIN
                .request()
                .get(ROUNDS + "/" + id)
                .then()
                .statusCode(200)
                .extract();
        String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();
        String arbetsformedlingen = DemoDataLoader.organisationId("arbetsformedlingen-norra-malardalen")
                .toString();
        return new TestRound(
                agreement,
                id,
                round.path("tasks.find { it.goalArea.number == '1' && it.organisation.id == '" + vasteras
                        + "' }.assessmentId"),
                round.path("tasks.find { it.goalArea.number == '1' && it.organisation.id == '" + arbetsformedlingen
                        + "' }.assessmentId"),
                round.path("tasks.find { it.goalArea.number == '2' && it.organisation.id == '" + vasteras
                        + "' }.assessmentId"),
                round.path("tasks.find { it.goalArea.number == '2' && it.organisation.id == '" + arbetsformedlingen
                        + "' }.assessmentId"));
    }

    public static String roundEtag(String roundId) {
        return DemoUser.ADMIN
                .request()
                .get(ROUNDS + "/" + roundId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String etag(String assessmentId) {
        return DemoUser.ADMIN
                .request()
                .get(ASSESSMENTS + "/" + assessmentId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** A complete draft: status and situation, one activity. */
    public static Map<String, Object> draft(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("situation", "Läget: samverkan kring praktikplatser har kommit igång i Västerås.");
        body.put(
                "activities",
                List.of(Map.of(
                        "title",
                        "Språkpraktik i kommunen",
                        "description",
                        "Tjugo platser i äldreomsorgen",
                        "organisationIds",
                        List.of(DemoDataLoader.organisationId("vasteras-stad").toString()),
                        "result",
                        "Tolv personer fick anställning",
                        "fundingSource",
                        "§37")));
        return body;
    }

    public static ValidatableResponse save(DemoUser user, String assessmentId, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(assessmentId))
                .body(body)
                .put(ASSESSMENTS + "/" + assessmentId)
                .then();
    }

    /** submit, accept (no body) or return (with a comment). */
    public static ValidatableResponse step(DemoUser user, String assessmentId, String step) {
        var request = user.request().contentType(ContentType.JSON).header("If-Match", etag(assessmentId));
        if (step.equals("return")) {
            request = request.body(Map.of("comment", "Beskriv resultaten för kvinnor och män."));
        }
        return request.post(ASSESSMENTS + "/" + assessmentId + "/" + step).then();
    }

    public static ValidatableResponse roundStep(DemoUser user, String roundId, String step) {
        var request = user.request().contentType(ContentType.JSON).header("If-Match", roundEtag(roundId));
        if (step.equals("compile")) {
            request = request.body(
                    Map.of("summary", "Sammanfattning: arbetet går framåt men bosättningen släpar efter."));
        } else if (step.equals("approve")) {
            request = request.body(Map.of("approvedBy", "Integrationsrådet", "approvedOn", "2026-02-14"));
        }
        return request.post(ROUNDS + "/" + roundId + "/" + step).then();
    }

    /** The member writes and submits, the coordinator accepts. */
    public static void accepted(DemoUser member, String assessmentId, Map<String, Object> draft) {
        save(member, assessmentId, draft).statusCode(200);
        step(member, assessmentId, "submit").statusCode(200);
        step(DemoUser.COORDINATOR_VASTMANLAND, assessmentId, "accept")
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"));
    }

    /** Every task accepted with the given statuses (Västerås work, Arbetsförmedlingen work, Västerås housing, Arbetsförmedlingen housing). */
    public static void allAccepted(TestRound round, String... statuses) {
        accepted(DemoUser.MEMBER_VASTERAS, round.vasterasWork(), draft(statuses[0]));
        accepted(DemoUser.MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenWork(), draft(statuses[1]));
        accepted(DemoUser.MEMBER_VASTERAS, round.vasterasHousing(), draft(statuses[2]));
        accepted(DemoUser.MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenHousing(), draft(statuses[3]));
    }

    public static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
