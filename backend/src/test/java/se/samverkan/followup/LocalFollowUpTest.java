package se.samverkan.followup;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;

/**
 * A LÖK's goal area answers to a RÖK goal area; the RÖK's follow-up shows it per goal area with the newest round each
 * reader may see: the LÖK's managers and national readers any, everyone else only approved ones (issue 10).
 */
@QuarkusTest
class LocalFollowUpTest {

    private static final String VASTERAS = "1980";

    @Test
    void theLokAuthorsRoundShowsUnderTheRokGoalAreaAsEachReaderMaySeeIt() {
        String rokArea = firstRokGoalArea();
        String lok = adoptedLokAnswering(rokArea);
        String assessment = FollowUps.open(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, 2027, "2027-03-31")
                .statusCode(201)
                .extract()
                .path("tasks[0].assessmentId");

        // The LÖK's author and the county's coordinator see the open round; national readers too.
        for (DemoUser manager :
                new DemoUser[] {LOK_AUTHOR_ARBETSFORMEDLINGEN, COORDINATOR_VASTMANLAND, NATIONAL_READER}) {
            local(manager, rokArea, lok)
                    .body("latestRound.year", equalTo(2027))
                    .body("latestRound.status", equalTo("OPEN"))
                    .body("latestRound.assessments[0].organisationName", equalTo("Västerås stad"))
                    .body("latestRound.assessments[0].state", equalTo("NOT_STARTED"));
        }
        // The adopted LÖK is public, its open round is not.
        for (DemoUser reader : new DemoUser[] {ANONYMOUS, COORDINATOR_VASTRA_GOTALAND, MEMBER_VASTERAS}) {
            local(reader, rokArea, lok)
                    .body("agreementStatus", equalTo("ADOPTED"))
                    .body("municipalityName", equalTo("Västerås"))
                    .body("latestRound", nullValue());
        }

        // Written, accepted, compiled and approved: now everyone reads its status.
        FollowUps.save(MEMBER_VASTERAS, assessment, FollowUps.draft("PARTLY")).statusCode(200);
        FollowUps.step(MEMBER_VASTERAS, assessment, "submit").statusCode(200);
        FollowUps.step(LOK_AUTHOR_ARBETSFORMEDLINGEN, assessment, "accept").statusCode(200);
        String round = ADMIN.request()
                .get(Agreements.PATH + "/" + lok + "/follow-up-rounds")
                .then()
                .extract()
                .path("id[0]");
        FollowUps.roundStep(LOK_AUTHOR_ARBETSFORMEDLINGEN, round, "compile").statusCode(200);
        FollowUps.roundStep(LOK_AUTHOR_ARBETSFORMEDLINGEN, round, "approve").statusCode(200);
        local(ANONYMOUS, rokArea, lok)
                .body("latestRound.id", equalTo(round))
                .body("latestRound.status", equalTo("APPROVED"))
                .body("latestRound.assessments[0].status", equalTo("PARTLY"))
                .body("latestRound.assessments[0].state", equalTo("ACCEPTED"));
    }

    @Test
    void aDraftLokShowsOnlyToThoseWhoReadIt() {
        String rokArea = firstRokGoalArea();
        String lok = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local());
        answering(lok, "1", rokArea);
        for (DemoUser reader : new DemoUser[] {LOK_AUTHOR_ARBETSFORMEDLINGEN, COORDINATOR_VASTMANLAND, ADMIN}) {
            local(reader, rokArea, lok).body("agreementStatus", equalTo("DRAFT"));
        }
        for (DemoUser reader : new DemoUser[] {ANONYMOUS, COORDINATOR_VASTRA_GOTALAND, MEMBER_VASTERAS}) {
            rokFollowUp(reader)
                    .body("find { it.goalArea.id == '" + rokArea + "' }.locals.agreementId", not(hasItem(lok)));
        }
        // Every goal area of the RÖK is listed, also those nothing answers to.
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK + "/local-follow-up")
                .then()
                .statusCode(200)
                .body("goalArea.id", hasItem(rokArea))
                .body(
                        "size()",
                        equalTo(ADMIN.request()
                                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK)
                                .path("goalAreas.size()")));
    }

    @Test
    void anUnreadableOrUnknownAgreementIsNotFound() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        for (DemoUser caller : new DemoUser[] {ANONYMOUS, COORDINATOR_VASTRA_GOTALAND}) {
            caller.request()
                    .get(Agreements.PATH + "/" + draft + "/local-follow-up")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + draft + "/local-follow-up")
                .then()
                .statusCode(200)
                .body("", empty());
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + UUID.randomUUID() + "/local-follow-up")
                .then()
                .statusCode(404);
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/not-a-uuid/local-follow-up")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theLokAuthorIsOfferedItsMunicipalitiesAndRunsTheLoksFollowUp() {
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("permissions.createAgreement", equalTo(true))
                .body("permissions.agreementCounties", empty())
                .body("permissions.localAgreementMunicipalities", hasItem(VASTERAS));
        COORDINATOR_VASTMANLAND
                .request()
                .get("/api/v1/me")
                .then()
                .body("permissions.agreementCounties", equalTo(java.util.List.of("19")))
                .body("permissions.localAgreementMunicipalities", empty());
        ADMIN.request().get("/api/v1/me").then().body("permissions.agreementCounties", hasItem("24"));
        String lok = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local());
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(Agreements.PATH + "/" + lok)
                .then()
                .body("permissions.runFollowUp", equalTo(true));
        MEMBER_VASTERAS.request().get(Agreements.PATH + "/" + lok).then().statusCode(404);
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "vasteras-stad", "SIGNATORY");
        MEMBER_VASTERAS
                .request()
                .get(Agreements.PATH + "/" + lok)
                .then()
                .statusCode(200)
                .body("permissions.runFollowUp", equalTo(false));
        ANONYMOUS
                .request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK)
                .then()
                .body("permissions.runFollowUp", equalTo(false));
    }

    private static String firstRokGoalArea() {
        return ADMIN.request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK)
                .path("goalAreas.find { it.kind == 'GOAL_AREA' }.id");
    }

    private static Map<String, Object> local() {
        Map<String, Object> body = Agreements.input("19");
        body.put("kind", "LOCAL");
        body.put("municipalityCode", VASTERAS);
        body.put("parentAgreementId", Agreements.VASTMANLAND_ROK);
        return body;
    }

    private static String answering(String lok, String number, String rokArea) {
        Map<String, Object> area = new HashMap<>(Agreements.goalArea(number, "Arbete i Västerås"));
        area.put("answersToGoalAreaId", rokArea);
        return LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(area)
                .post(Agreements.PATH + "/" + lok + "/goal-areas")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A LÖK for Västerås by Arbetsförmedlingen's author, adopted, its goal area 1 answering to the RÖK's. */
    private static String adoptedLokAnswering(String rokArea) {
        String lok = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local());
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "vasteras-stad", "SIGNATORY");
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
        String work = answering(lok, "1", rokArea);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        DemoDataLoader.organisationId("vasteras-stad").toString(),
                        "kind",
                        "RESPONSIBLE",
                        "level",
                        "LOCAL"))
                .post(Agreements.PATH + "/" + lok + "/goal-areas/" + work + "/responsibilities")
                .then()
                .statusCode(201);
        Agreements.changeStatus(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "CONSULTATION")
                .statusCode(200);
        Agreements.changeStatus(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "ADOPTED").statusCode(200);
        return lok;
    }

    private static ValidatableResponse rokFollowUp(DemoUser reader) {
        return reader.request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK + "/local-follow-up")
                .then()
                .statusCode(200);
    }

    /** The entry of one LÖK under one RÖK goal area, as the reader sees it. */
    private static ValidatableResponse local(DemoUser reader, String rokArea, String lok) {
        return rokFollowUp(reader)
                .rootPath(
                        "find { it.goalArea.id == '" + rokArea + "' }.locals.find { it.agreementId == '" + lok + "' }")
                .body("agreementId", equalTo(lok));
    }
}
