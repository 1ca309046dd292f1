package se.samverkan.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.FollowUps.ASSESSMENTS;
import static se.samverkan.support.FollowUps.ROUNDS;
import static se.samverkan.support.FollowUps.VG_ROUND_2021;
import static se.samverkan.support.FollowUps.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.FollowUps.TestRound;

/**
 * Role × endpoint on a Västmanland round where Västerås stad and Arbetsförmedlingen Norra Mälardalen (a sub-unit of
 * member.arbetsformedlingen's Arbetsförmedlingen) have tasks: what a caller may not see is 404, what they see but may
 * not do is 403; Migrationsverket's system and Västra Götaland's coordinator see nothing of an open round.
 */
@QuarkusTest
class FollowUpAccessTest {

    private static TestRound shared;

    /** One open round for the read matrix: Västerås has a draft, nothing else has started. */
    private static synchronized TestRound sharedRound() {
        if (shared == null) {
            shared = FollowUps.openRound();
            FollowUps.save(MEMBER_VASTERAS, shared.vasterasWork(), draft("ON_TRACK"))
                    .statusCode(200);
        }
        return shared;
    }

    @ParameterizedTest(
            name = "{0} reads an open round: round {1}, board {2}, report {3}, history {4}, Västerås'' task {5}, "
                    + "Arbetsförmedlingen''s task {6}, PDF {7}")
    @CsvSource({
        "ANONYMOUS,                   404, 401, 404, 401, 404, 404, 404",
        "MEMBER_VASTERAS,             200, 403, 403, 403, 200, 404, 403",
        "MEMBER_ARBETSFORMEDLINGEN,   200, 403, 403, 403, 404, 200, 403",
        "AGENCY_SYSTEM,               404, 404, 404, 404, 404, 404, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404, 404, 404, 404, 404, 404, 404",
        "COORDINATOR_VASTMANLAND,     200, 200, 200, 200, 200, 200, 409",
        "ADMIN,                       200, 200, 200, 200, 200, 200, 409"
    })
    void readAnOpenRound(
            DemoUser user,
            int round,
            int board,
            int report,
            int history,
            int vasteras,
            int arbetsformedlingen,
            int pdf) {
        TestRound r = sharedRound();
        user.request().get(ROUNDS + "/" + r.id()).then().statusCode(round);
        user.request().get(ROUNDS + "/" + r.id() + "/board").then().statusCode(board);
        user.request().get(ROUNDS + "/" + r.id() + "/report").then().statusCode(report);
        user.request().get(ROUNDS + "/" + r.id() + "/history").then().statusCode(history);
        user.request().get(ASSESSMENTS + "/" + r.vasterasWork()).then().statusCode(vasteras);
        user.request()
                .get(ASSESSMENTS + "/" + r.arbetsformedlingenWork())
                .then()
                .statusCode(arbetsformedlingen);
        user.request()
                .get(ROUNDS + "/" + r.id() + "/report.pdf")
                .then()
                .statusCode(pdf)
                .contentType("application/problem+json");
        user.request().get(ROUNDS + "/" + r.id() + "/report.csv").then().statusCode(pdf);
        user.request()
                .get(Agreements.PATH + "/" + r.agreement().id() + "/follow-up-rounds")
                .then()
                .statusCode(200)
                .body("id", round == 200 ? hasItem(r.id()) : not(hasItem(r.id())));
    }

    @Test
    void aPartySeesItsOwnTasksAndTheCoordinatorAll() {
        TestRound r = sharedRound();
        MEMBER_VASTERAS
                .request()
                .get(ROUNDS + "/" + r.id())
                .then()
                .body("tasks", hasSize(2))
                .body("tasks.organisation.name", equalTo(java.util.List.of("Västerås stad", "Västerås stad")))
                .body("permissions.viewBoard", equalTo(false));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ROUNDS + "/" + r.id())
                .then()
                .body(
                        "tasks.assessmentId",
                        equalTo(java.util.List.of(r.arbetsformedlingenWork(), r.arbetsformedlingenHousing())));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + r.id())
                .then()
                .body("tasks", hasSize(4))
                .body("permissions.viewBoard", equalTo(true));
        MEMBER_VASTERAS
                .request()
                .get(ASSESSMENTS + "/" + r.vasterasWork())
                .then()
                .body("permissions.edit", equalTo(true))
                .body("permissions.review", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .get(ASSESSMENTS + "/" + r.vasterasWork())
                .then()
                .body("permissions.edit", equalTo(false));
    }

    /**
     * Writes, each on a fresh round: Västerås has a complete draft (work), Arbetsförmedlingen has submitted both of its
     * tasks. Managers meet the round's rules (409) where authorisation let them through.
     */
    @ParameterizedTest(name = "{0}: party steps {1}, review {2}, deadline {3}, compile/approve/delete {4}, open {5}")
    @CsvSource({
        "ANONYMOUS,                   401, 401, 401, 401, 401",
        "MEMBER_VASTERAS,             200, 403, 403, 403, 403",
        "MEMBER_ARBETSFORMEDLINGEN,   404, 403, 403, 403, 403",
        "AGENCY_SYSTEM,               404, 403, 403, 403, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403, 404, 404, 404, 403",
        "COORDINATOR_VASTMANLAND,     403, 200, 200, 409, 201",
        "ADMIN,                       403, 200, 200, 409, 201"
    })
    void writeToAnOpenRound(DemoUser user, int partySteps, int review, int deadline, int roundSteps, int open) {
        TestRound r = FollowUps.openRound();
        FollowUps.save(MEMBER_VASTERAS, r.vasterasWork(), draft("ON_TRACK")).statusCode(200);
        FollowUps.save(MEMBER_ARBETSFORMEDLINGEN, r.arbetsformedlingenWork(), draft("PARTLY"))
                .statusCode(200);
        FollowUps.step(MEMBER_ARBETSFORMEDLINGEN, r.arbetsformedlingenWork(), "submit")
                .statusCode(200);
        FollowUps.save(MEMBER_ARBETSFORMEDLINGEN, r.arbetsformedlingenHousing(), draft("PARTLY"))
                .statusCode(200);
        FollowUps.step(MEMBER_ARBETSFORMEDLINGEN, r.arbetsformedlingenHousing(), "submit")
                .statusCode(200);

        FollowUps.save(user, r.vasterasWork(), draft("PARTLY")).statusCode(partySteps);
        FollowUps.step(user, r.vasterasWork(), "submit").statusCode(partySteps);
        ADMIN.request()
                .get(ASSESSMENTS + "/" + r.vasterasWork())
                .then()
                .body("state", equalTo(partySteps == 200 ? "SUBMITTED" : "DRAFT"))
                .body("status", equalTo(partySteps == 200 ? "PARTLY" : "ON_TRACK"));

        FollowUps.step(user, r.arbetsformedlingenWork(), "return").statusCode(review);
        FollowUps.step(user, r.arbetsformedlingenHousing(), "accept").statusCode(review);
        ADMIN.request()
                .get(ASSESSMENTS + "/" + r.arbetsformedlingenHousing())
                .then()
                .body("state", equalTo(review == 200 ? "ACCEPTED" : "SUBMITTED"));

        user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", FollowUps.roundEtag(r.id()))
                .body(Map.of("deadline", "2027-06-30"))
                .put(ROUNDS + "/" + r.id())
                .then()
                .statusCode(deadline);
        FollowUps.roundStep(user, r.id(), "compile").statusCode(roundSteps);
        FollowUps.roundStep(user, r.id(), "approve").statusCode(roundSteps);
        user.request()
                .header("If-Match", FollowUps.roundEtag(r.id()))
                .delete(ROUNDS + "/" + r.id())
                .then()
                .statusCode(roundSteps);
        ADMIN.request().get(ROUNDS + "/" + r.id()).then().statusCode(200).body("status", equalTo("OPEN"));

        FollowUps.open(user, r.agreement().id(), 2028, "2028-03-31").statusCode(open);
    }

    @Test
    void onceCompiledThePartiesSeeTheWholeReport() {
        TestRound r = FollowUps.openRound();
        FollowUps.allAccepted(r, "ON_TRACK", "PARTLY", "ON_TRACK", "NOT_ASSESSED");
        MEMBER_VASTERAS
                .request()
                .get(ASSESSMENTS + "/" + r.arbetsformedlingenWork())
                .then()
                .statusCode(404);
        FollowUps.roundStep(COORDINATOR_VASTMANLAND, r.id(), "compile").statusCode(200);
        MEMBER_VASTERAS
                .request()
                .get(ASSESSMENTS + "/" + r.arbetsformedlingenWork())
                .then()
                .statusCode(200);
        MEMBER_VASTERAS.request().get(ROUNDS + "/" + r.id()).then().body("tasks", hasSize(4));
        MEMBER_VASTERAS.request().get(ROUNDS + "/" + r.id() + "/report").then().statusCode(200);
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ROUNDS + "/" + r.id() + "/report.pdf")
                .then()
                .statusCode(200);
        AGENCY_SYSTEM.request().get(ROUNDS + "/" + r.id() + "/report").then().statusCode(404);
        DemoUser.ANONYMOUS
                .request()
                .get(ROUNDS + "/" + r.id() + "/report.csv")
                .then()
                .statusCode(404);
    }

    @ParameterizedTest(name = "{0} on Västra Götaland's approved round: board {1}, history {2}, deadline {3}")
    @CsvSource({
        "ANONYMOUS,                   401, 401, 401",
        "MEMBER_VASTERAS,             403, 403, 403",
        "MEMBER_ARBETSFORMEDLINGEN,   403, 403, 403",
        "AGENCY_SYSTEM,               403, 403, 403",
        "COORDINATOR_VASTMANLAND,     403, 403, 403",
        "COORDINATOR_VASTRA_GOTALAND, 200, 200, 409",
        "ADMIN,                       200, 200, 409"
    })
    void aRecordedRoundIsPublicButOnlyItsCountyReadsItsBoard(DemoUser user, int board, int history, int deadline) {
        user.request().get(ROUNDS + "/" + VG_ROUND_2021).then().statusCode(200);
        user.request().get(ROUNDS + "/" + VG_ROUND_2021 + "/report").then().statusCode(200);
        user.request().get(ROUNDS + "/" + VG_ROUND_2021 + "/report.csv").then().statusCode(200);
        user.request().get(ROUNDS + "/" + VG_ROUND_2021 + "/board").then().statusCode(board);
        user.request().get(ROUNDS + "/" + VG_ROUND_2021 + "/history").then().statusCode(history);
        var change = user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", FollowUps.roundEtag(VG_ROUND_2021))
                .body(Map.of("deadline", "2021-03-31"))
                .put(ROUNDS + "/" + VG_ROUND_2021)
                .then()
                .statusCode(deadline);
        if (deadline == 409) {
            change.body("rule", equalTo("recorded-from-source"));
        }
    }
}
