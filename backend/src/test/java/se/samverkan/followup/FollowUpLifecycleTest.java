package se.samverkan.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.FollowUps.ASSESSMENTS;
import static se.samverkan.support.FollowUps.ROUNDS;
import static se.samverkan.support.FollowUps.assertRule;
import static se.samverkan.support.FollowUps.draft;
import static se.samverkan.support.FollowUps.roundStep;
import static se.samverkan.support.FollowUps.save;
import static se.samverkan.support.FollowUps.step;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.FollowUps;
import se.samverkan.support.FollowUps.TestRound;

/**
 * The round and its assessments as a state machine: NOT_STARTED → DRAFT → SUBMITTED → RETURNED → SUBMITTED →
 * ACCEPTED; OPEN → COMPILED → APPROVED; and every illegal step as a 409 naming its rule, with nothing changed.
 */
@QuarkusTest
class FollowUpLifecycleTest {

    @Test
    void openingGivesEveryResponsibleOrganisationOneTaskPerGoalArea() {
        TestRound round = FollowUps.openRound();
        String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();
        String arbetsformedlingen = DemoDataLoader.organisationId("arbetsformedlingen-norra-malardalen")
                .toString();
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id())
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("year", equalTo(2027))
                .body("deadline", equalTo("2027-03-31"))
                // Västerås is responsible for goal area 1 at two levels: still one task; Länsstyrelsen is only "other".
                .body("tasks", hasSize(4))
                .body(
                        "tasks.findAll { it.goalArea.number == '1' }.organisation.id",
                        equalTo(List.of(arbetsformedlingen, vasteras)))
                // "All other signatories" in goal area 2 stands for the two signatory parties.
                .body(
                        "tasks.findAll { it.goalArea.number == '2' }.organisation.id",
                        equalTo(List.of(arbetsformedlingen, vasteras)))
                .body("tasks.state", equalTo(List.of("NOT_STARTED", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED")))
                .body("permissions.compile", equalTo(false))
                .body("permissions.delete", equalTo(true));
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + round.agreement().id() + "/follow-up-rounds")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void openingIsForAdoptedAgreementsAYearOfThePeriodAndOncePerYear() {
        String draft = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertRule(FollowUps.open(COORDINATOR_VASTMANLAND, draft, 2027, "2027-03-31"), "round-needs-adopted-agreement");

        // Adopted, but nobody is responsible for anything.
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, draft, "ADOPTED").statusCode(200);
        assertRule(
                FollowUps.open(COORDINATOR_VASTMANLAND, draft, 2027, "2027-03-31"), "round-needs-responsible-parties");

        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        FollowUps.open(COORDINATOR_VASTMANLAND, agreement.id(), 2025, "2025-03-31")
                .statusCode(400)
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be within the agreement's period 2026–2028"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("year", 2027))
                .post(Agreements.PATH + "/" + agreement.id() + "/follow-up-rounds")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("deadline"));
        FollowUps.open(COORDINATOR_VASTMANLAND, agreement.id(), 2027, "2027-03-31")
                .statusCode(201);
        assertRule(FollowUps.open(ADMIN, agreement.id(), 2027, "2027-04-30"), "one-round-per-year");
        ADMIN.request()
                .get(Agreements.PATH + "/" + agreement.id() + "/follow-up-rounds")
                .then()
                .body("$", hasSize(1))
                .body("[0].deadline", equalTo("2027-03-31"));
    }

    @Test
    void aSubmissionIsReturnedWithACommentResubmittedAndAccepted() {
        TestRound round = FollowUps.openRound();
        String id = round.vasterasWork();
        save(MEMBER_VASTERAS, id, draft("PARTLY"))
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("status", equalTo("PARTLY"))
                .body("activities[0].title", equalTo("Språkpraktik i kommunen"))
                .body("activities[0].organisations[0].name", equalTo("Västerås stad"))
                .body("activities[0].fundingSource", equalTo("§37"))
                .body("permissions.submit", equalTo(true));
        step(MEMBER_VASTERAS, id, "submit")
                .statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("member.vasteras"))
                .body("permissions.edit", equalTo(false));
        step(COORDINATOR_VASTMANLAND, id, "return")
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("returnComment", equalTo("Beskriv resultaten för kvinnor och män."))
                .body("reviewedBy", equalTo("coordinator.vastmanland"));
        // Saving a returned assessment keeps it RETURNED (and the comment) until it is submitted again.
        Map<String, Object> revised = draft("ON_TRACK");
        revised.put("situation", "Läget: 7 kvinnor och 5 män fick anställning.");
        save(MEMBER_VASTERAS, id, revised)
                .statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("returnComment", notNullValue())
                .body("situation", equalTo("Läget: 7 kvinnor och 5 män fick anställning."));
        step(MEMBER_VASTERAS, id, "submit").statusCode(200).body("state", equalTo("SUBMITTED"));
        step(COORDINATOR_VASTMANLAND, id, "accept")
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("status", equalTo("ON_TRACK"))
                .body("permissions.edit", equalTo(false))
                .body("permissions.review", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id() + "/history")
                .then()
                .statusCode(200)
                .body(
                        "summary",
                        hasItem(containsString(
                                "Returned the assessment with a comment: 1 Arbete och praktik, Västerås stad")))
                .body("summary", hasItem(containsString("Accepted the assessment")))
                .body("actor", hasItem("member.vasteras"));
    }

    @Test
    void everyIllegalAssessmentStepNamesItsRule() {
        TestRound round = FollowUps.openRound();
        String id = round.vasterasWork();
        // NOT_STARTED
        assertRule(step(MEMBER_VASTERAS, id, "submit"), "submit-needs-status");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "return"), "only-submitted-can-be-reviewed");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "accept"), "only-submitted-can-be-reviewed");
        // DRAFT without a situation
        save(MEMBER_VASTERAS, id, Map.of("status", "ON_TRACK")).statusCode(200).body("state", equalTo("DRAFT"));
        assertRule(step(MEMBER_VASTERAS, id, "submit"), "submit-needs-situation");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "accept"), "only-submitted-can-be-reviewed");
        // SUBMITTED
        save(MEMBER_VASTERAS, id, draft("ON_TRACK")).statusCode(200);
        step(MEMBER_VASTERAS, id, "submit").statusCode(200);
        assertRule(save(MEMBER_VASTERAS, id, draft("PARTLY")), "submitted-awaits-review");
        assertRule(step(MEMBER_VASTERAS, id, "submit"), "submitted-awaits-review");
        // RETURNED
        step(COORDINATOR_VASTMANLAND, id, "return").statusCode(200);
        assertRule(step(COORDINATOR_VASTMANLAND, id, "return"), "only-submitted-can-be-reviewed");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "accept"), "only-submitted-can-be-reviewed");
        // ACCEPTED
        step(MEMBER_VASTERAS, id, "submit").statusCode(200);
        step(COORDINATOR_VASTMANLAND, id, "accept").statusCode(200);
        assertRule(save(MEMBER_VASTERAS, id, draft("PARTLY")), "accepted-is-final");
        assertRule(step(MEMBER_VASTERAS, id, "submit"), "accepted-is-final");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "return"), "accepted-is-final");
        assertRule(step(COORDINATOR_VASTMANLAND, id, "accept"), "accepted-is-final");
        ADMIN.request()
                .get(ASSESSMENTS + "/" + id)
                .then()
                .body("state", equalTo("ACCEPTED"))
                .body("status", equalTo("ON_TRACK"));
    }

    @Test
    void theRoundIsCompiledWhenAllIsAcceptedThenApprovedAndThenFinal() {
        TestRound round = FollowUps.openRound();
        assertRule(roundStep(COORDINATOR_VASTMANLAND, round.id(), "approve"), "approve-needs-compiled");
        FollowUps.accepted(MEMBER_VASTERAS, round.vasterasWork(), draft("ON_TRACK"));
        assertRule(roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile"), "compile-needs-all-accepted");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", FollowUps.roundEtag(round.id()))
                .body(Map.of("summary", "x"))
                .post(ROUNDS + "/" + round.id() + "/compile")
                .then()
                .statusCode(409)
                .body("detail", equalTo("3 of 4 assessments are not accepted yet"));
        assertRule(deleteRound(round.id()), "round-has-work");
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenWork(), draft("PARTLY"));
        FollowUps.accepted(MEMBER_VASTERAS, round.vasterasHousing(), draft("NOT_ON_TRACK"));
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenHousing(), draft("NOT_ASSESSED"));
        ADMIN.request().get(ROUNDS + "/" + round.id()).then().body("permissions.compile", equalTo(true));

        roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile")
                .statusCode(200)
                .body("status", equalTo("COMPILED"))
                .body("summary", equalTo("Sammanfattning: arbetet går framåt men bosättningen släpar efter."))
                .body("compiledBy", equalTo("coordinator.vastmanland"))
                .body("permissions.approve", equalTo(true));
        assertRule(roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile"), "round-closed");
        assertRule(changeDeadline(round.id(), "2027-05-31"), "round-closed");
        assertRule(deleteRound(round.id()), "round-closed");
        assertRule(save(MEMBER_VASTERAS, round.vasterasWork(), draft("PARTLY")), "round-closed");
        assertRule(step(COORDINATOR_VASTMANLAND, round.vasterasWork(), "return"), "round-closed");
        ANONYMOUS.request().get(ROUNDS + "/" + round.id() + "/report").then().statusCode(404);

        roundStep(COORDINATOR_VASTMANLAND, round.id(), "approve")
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("Integrationsrådet"))
                .body("approvedOn", equalTo("2026-02-14"));
        assertRule(roundStep(COORDINATOR_VASTMANLAND, round.id(), "approve"), "approved-is-final");
        assertRule(roundStep(ADMIN, round.id(), "compile"), "approved-is-final");
        assertRule(changeDeadline(round.id(), "2027-05-31"), "approved-is-final");
        assertRule(step(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenWork(), "submit"), "round-closed");
        ANONYMOUS
                .request()
                .get(ROUNDS + "/" + round.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("tasks", hasSize(4));
        ANONYMOUS.request().get(ROUNDS + "/" + round.id() + "/report").then().statusCode(200);
        ANONYMOUS
                .request()
                .get(ASSESSMENTS + "/" + round.vasterasWork())
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"));
    }

    @Test
    void approvalNeedsAForumAndAPastDate() {
        TestRound round = FollowUps.openRound();
        FollowUps.allAccepted(round, "ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK");
        roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", FollowUps.roundEtag(round.id()))
                .body(Map.of("approvedBy", " ", "approvedOn", "2199-01-01"))
                .post(ROUNDS + "/" + round.id() + "/approve")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("approvedBy", "approvedOn")))
                .body("errors.message", equalTo(List.of("must not be blank", "must not be in the future")));
        ADMIN.request()
                .get(ROUNDS + "/" + round.id())
                .then()
                .body("status", equalTo("COMPILED"))
                .body("approvedBy", nullValue());
    }

    @Test
    void anUnstartedRoundMayBeDeletedAndItsDeadlineMoved() {
        TestRound round = FollowUps.openRound();
        changeDeadline(round.id(), "2027-04-30").statusCode(200).body("deadline", equalTo("2027-04-30"));
        COORDINATOR_VASTMANLAND
                .request()
                .delete(ROUNDS + "/" + round.id())
                .then()
                .statusCode(428);
        deleteRound(round.id()).statusCode(204);
        ADMIN.request().get(ROUNDS + "/" + round.id()).then().statusCode(404);
        ADMIN.request().get(ASSESSMENTS + "/" + round.vasterasWork()).then().statusCode(404);
        // The year is free again.
        FollowUps.open(COORDINATOR_VASTMANLAND, round.agreement().id(), 2027, "2027-03-31")
                .statusCode(201);
    }

    @Test
    void staleAndMissingETagsAreRefused() {
        TestRound round = FollowUps.openRound();
        String id = round.vasterasWork();
        String stale = FollowUps.etag(id);
        save(MEMBER_VASTERAS, id, draft("ON_TRACK")).statusCode(200);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", stale)
                .body(draft("PARTLY"))
                .put(ASSESSMENTS + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:precondition-failed"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(draft("PARTLY"))
                .put(ASSESSMENTS + "/" + id)
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        MEMBER_VASTERAS
                .request()
                .header("If-Match", stale)
                .post(ASSESSMENTS + "/" + id + "/submit")
                .then()
                .statusCode(412);
        MEMBER_VASTERAS
                .request()
                .post(ASSESSMENTS + "/" + id + "/submit")
                .then()
                .statusCode(428);
        ADMIN.request()
                .get(ASSESSMENTS + "/" + id)
                .then()
                .body("status", equalTo("ON_TRACK"))
                .body("state", equalTo("DRAFT"));
        String roundStale = FollowUps.roundEtag(round.id());
        changeDeadline(round.id(), "2027-04-30").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", roundStale)
                .body(Map.of("deadline", "2027-06-30"))
                .put(ROUNDS + "/" + round.id())
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "x"))
                .post(ROUNDS + "/" + round.id() + "/compile")
                .then()
                .statusCode(428);
        ADMIN.request().get(ROUNDS + "/" + round.id()).then().body("deadline", equalTo("2027-04-30"));
    }

    @Test
    void invalidDraftsNameTheFieldAndChangeNothing() {
        TestRound round = FollowUps.openRound();
        String id = round.vasterasWork();
        save(MEMBER_VASTERAS, id, draft("ON_TRACK")).statusCode(200);
        Map<String, Object> bad = draft("SOMEWHAT");
        save(MEMBER_VASTERAS, id, bad).statusCode(400).body("errors[0].field", equalTo("status"));
        bad = draft("PARTLY");
        bad.put(
                "activities",
                List.of(Map.of("title", " ", "organisationIds", List.of("00000000-0000-0000-0000-000000000001"))));
        bad.put("indicatorValues", List.of(Map.of("indicatorId", "00000000-0000-0000-0000-000000000002", "value", 3)));
        save(MEMBER_VASTERAS, id, bad).statusCode(400).body("errors.field", hasItem("activities[0].title"));
        bad.put(
                "activities",
                List.of(Map.of("title", "Insats", "organisationIds", List.of("00000000-0000-0000-0000-000000000001"))));
        save(MEMBER_VASTERAS, id, bad)
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("activities[0].organisationIds[0]", "indicatorValues[0].indicatorId")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "no organisation has the id 00000000-0000-0000-0000-000000000001",
                                "is not an indicator of this goal area")));
        ADMIN.request()
                .get(ASSESSMENTS + "/" + id)
                .then()
                .body("status", equalTo("ON_TRACK"))
                .body("activities[0].title", equalTo("Språkpraktik i kommunen"));
    }

    @Test
    void theBoardShowsWhoHasHandedInAgainstTheDeadline() {
        TestRound round = FollowUps.openRound(FollowUps.adoptedAgreement(), "2026-01-31");
        save(MEMBER_VASTERAS, round.vasterasWork(), draft("ON_TRACK")).statusCode(200);
        save(MEMBER_VASTERAS, round.vasterasHousing(), draft("ON_TRACK")).statusCode(200);
        step(MEMBER_VASTERAS, round.vasterasHousing(), "submit").statusCode(200);
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenWork(), draft("PARTLY"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id() + "/board")
                .then()
                .statusCode(200)
                .body("deadline", equalTo("2026-01-31"))
                .body("total", equalTo(4))
                .body("counts.notStarted", equalTo(1))
                .body("counts.draft", equalTo(1))
                .body("counts.submitted", equalTo(1))
                .body("counts.returned", equalTo(0))
                .body("counts.accepted", equalTo(1))
                // The deadline has passed: the draft and the unstarted task are overdue, the handed-in ones are not.
                .body("overdue", equalTo(2))
                .body("tasks.find { it.assessmentId == '" + round.vasterasWork() + "' }.overdue", equalTo(true))
                .body(
                        "tasks.find { it.assessmentId == '" + round.arbetsformedlingenHousing() + "' }.overdue",
                        equalTo(true))
                .body("tasks.find { it.assessmentId == '" + round.vasterasHousing() + "' }.overdue", equalTo(false))
                .body("tasks.find { it.assessmentId == '" + round.vasterasHousing() + "' }.submittedAt", notNullValue())
                .body(
                        "tasks.find { it.assessmentId == '" + round.arbetsformedlingenWork() + "' }.state",
                        equalTo("ACCEPTED"));
        // A deadline ahead: nothing is overdue.
        changeDeadline(round.id(), "2099-12-31").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id() + "/board")
                .then()
                .body("overdue", equalTo(0));
    }

    @Test
    void membersFindTheirTasks() {
        TestRound round = FollowUps.openRound();
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ASSESSMENTS + "/mine")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.roundId == '" + round.id() + "' }.task.assessmentId",
                        equalTo(List.of(round.arbetsformedlingenWork(), round.arbetsformedlingenHousing())))
                .body(
                        "find { it.roundId == '" + round.id() + "' }.agreement.id",
                        equalTo(round.agreement().id()));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ASSESSMENTS + "/mine")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        ANONYMOUS.request().get(ASSESSMENTS + "/mine").then().statusCode(401);
    }

    @Test
    void theAssessmentShowsTheGoalStrategiesAndFocusOfItsYear() {
        TestRound round = FollowUps.openRound();
        String agreement = round.agreement().id();
        for (int year : List.of(2026, 2027)) {
            COORDINATOR_VASTMANLAND
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Map.of("points", List.of("Fokus " + year + ": praktikplatser", "Fokus " + year + ": språk")))
                    .put(Agreements.PATH + "/" + agreement + "/goal-areas/"
                            + round.agreement().work() + "/priorities/" + year)
                    .then()
                    .statusCode(201);
        }
        MEMBER_VASTERAS
                .request()
                .get(ASSESSMENTS + "/" + round.vasterasWork())
                .then()
                .statusCode(200)
                .body("assesses.goal", equalTo("Alla nyanlända har tillgång till en bostad oavsett kön."))
                .body("assesses.strategies", equalTo(List.of("Samordna bosättningen i länet", "Följa upp mottagandet")))
                // the round's year, not another one
                .body("assesses.focus.year", equalTo(2027))
                .body("assesses.focus.status", equalTo("PROPOSED"))
                .body("assesses.focus.points", equalTo(List.of("Fokus 2027: praktikplatser", "Fokus 2027: språk")));
        MEMBER_VASTERAS
                .request()
                .get(ASSESSMENTS + "/" + round.vasterasHousing())
                .then()
                .statusCode(200)
                .body("assesses.strategies", hasSize(2))
                .body("assesses.focus", nullValue());
    }

    private static io.restassured.response.ValidatableResponse changeDeadline(String roundId, String deadline) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", FollowUps.roundEtag(roundId))
                .body(Map.of("deadline", deadline))
                .put(ROUNDS + "/" + roundId)
                .then();
    }

    private static io.restassured.response.ValidatableResponse deleteRound(String roundId) {
        return COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", FollowUps.roundEtag(roundId))
                .delete(ROUNDS + "/" + roundId)
                .then();
    }
}
