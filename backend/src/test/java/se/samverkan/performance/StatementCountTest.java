package se.samverkan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.StatementCountFilter;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Strategies;

/**
 * The SQL statements one read takes (X-Statement-Count, counted by Hibernate's statement inspector in the test
 * profile) must not grow with the data: a document with one goal area and one local agreement costs what one with
 * five costs, and a page of twenty what a page of one costs. An N+1 query fails here, long before a national dataset
 * makes it slow.
 */
@QuarkusTest
class StatementCountTest {

    private static final String[] VASTMANLAND_MUNICIPALITIES = {"1980", "1984", "1960", "1961", "1962"};

    @Test
    void theAgreementDocumentCostsTheSameWithOneOrFiveGoalAreasAndLocalAgreements() {
        String small = regionalAgreementWith(1);
        String large = regionalAgreementWith(5);
        int one = statements(ADMIN, Agreements.PATH + "/" + small);
        int five = statements(ADMIN, Agreements.PATH + "/" + large);
        assertEquals(one, five, "statements of the document with 1 and with 5 goal areas and local agreements");
        assertTrue(five <= 14, "the document takes " + five + " statements");
        for (String demo : List.of(Agreements.VG_2024, Agreements.VASTMANLAND_ROK)) {
            int statements = statements(ANONYMOUS, Agreements.PATH + "/" + demo);
            assertTrue(statements <= 14, "the demo document " + demo + " takes " + statements + " statements");
        }
    }

    @Test
    void listsCostTheSameForAPageOfOneAndAPageOfTwenty() {
        for (String list : List.of(
                "/api/v1/agreements?size=",
                "/api/v1/agreements?q=bostad&size=",
                "/api/v1/organisations?size=",
                "/api/v1/forums?size=",
                "/api/v1/action-items?size=")) {
            int one = statements(ADMIN, list + 1);
            int twenty = statements(ADMIN, list + 20);
            assertEquals(one, twenty, list + ": a page of 1 and a page of 20");
            assertTrue(twenty <= 6, list + " takes " + twenty + " statements");
        }
        assertTrue(
                statements(ANONYMOUS, "/api/v1/agreements?q=bostad") <= 2, "search: rank and count in one statement");
    }

    @Test
    void anApprovedReportIsComputedOnceThenReadFromItsSnapshot() {
        String report = FollowUps.ROUNDS + "/" + FollowUps.VG_ROUND_2021 + "/report";
        statements(ANONYMOUS, report);
        int again = statements(ANONYMOUS, report);
        assertTrue(again <= 4, "a stored report takes " + again + " statements");
        statements(ANONYMOUS, report + ".csv");
        assertTrue(statements(ANONYMOUS, report + ".csv") <= 4, "the CSV of a stored report");
        assertEquals(again, statements(ANONYMOUS, report), "the snapshot is read, not recomputed");
    }

    @Test
    void boardMeetingAndForumStructureAreBounded() {
        FollowUps.TestRound round = FollowUps.openRound();
        int board = statements(ADMIN, FollowUps.ROUNDS + "/" + round.id() + "/board");
        assertTrue(board <= 12, "the board takes " + board + " statements");
        String meeting = DemoDataLoader.meetingId("migrationsradet-2018-03-16").toString();
        int meetingStatements = statements(ANONYMOUS, "/api/v1/meetings/" + meeting);
        assertTrue(meetingStatements <= 14, "the meeting takes " + meetingStatements + " statements");
        int structure = statements(ANONYMOUS, "/api/v1/forum-structure/19");
        assertTrue(structure <= 10, "the forum structure takes " + structure + " statements");
    }

    @Test
    void theProcessMapAnalysisAndActionPlanCostTheSameWithOneOrFiveOfEach() {
        String small = strategyWith(1);
        String large = strategyWith(5);
        for (String part : List.of("/process", "/analysis", "/action-plan")) {
            int one = statements(ADMIN, Agreements.PATH + "/" + small + part);
            int five = statements(ADMIN, Agreements.PATH + "/" + large + part);
            assertEquals(one, five, part + " with 1 and with 5 phases, areas and activities");
            assertTrue(five <= 12, part + " takes " + five + " statements");
        }
    }

    /** A draft with n phases (each with points), n goal areas, n chosen areas and n activities with partners each. */
    private static String strategyWith(int n) {
        String id = Agreements.create(ADMIN, Agreements.input("19"));
        String base = Agreements.PATH + "/" + id;
        String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();
        String sala = DemoDataLoader.organisationId("sala-kommun").toString();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> phase = Strategies.phase(
                    "Fas " + i, List.of(Strategies.point("Punkt", true), Strategies.point("Tidsplan", false)));
            phase.put("ownerOrganisationId", vasteras);
            Strategies.post(ADMIN, base + "/process/phases", phase).statusCode(201);
            String goalArea = Agreements.addGoalArea(ADMIN, id, Integer.toString(i), "Målområde " + i);
            var area = Strategies.post(
                            ADMIN,
                            base + "/areas-of-action",
                            Map.of("title", "Område " + i, "targetGroup", "NEWLY_ARRIVED", "goalAreaId", goalArea))
                    .statusCode(201);
            String areaId = area.extract().path("id");
            var scored = Strategies.put(
                            ADMIN,
                            base + "/areas-of-action/" + areaId + "/score",
                            Strategies.etagOf(area),
                            Map.of("effect", 3, "feasibility", 3))
                    .statusCode(200);
            Strategies.status(ADMIN, base + "/areas-of-action/" + areaId, Strategies.etagOf(scored), "CHOSEN")
                    .statusCode(200);
            Strategies.post(
                            ADMIN,
                            base + "/gap-findings",
                            Map.of("targetGroup", "NEWLY_ARRIVED", "finding", "Brist " + i))
                    .statusCode(201);
            Map<String, Object> activity = Strategies.activity("Aktivitet " + i, null, areaId, vasteras);
            activity.put("partnerIds", List.of(sala));
            Strategies.post(ADMIN, base + "/action-plan/activities", activity).statusCode(201);
            Strategies.post(
                            ADMIN,
                            base + "/action-plan/activities",
                            Strategies.activity("Mål " + i, goalArea, null, sala))
                    .statusCode(201);
        }
        return id;
    }

    /** A regional draft in Västmanland with two parties, n goal areas (each with a responsibility) and n local drafts under it. */
    private static String regionalAgreementWith(int n) {
        String id = Agreements.create(ADMIN, Agreements.input("19"));
        Agreements.addParty(ADMIN, id, "lansstyrelsen-vastmanland", "CONVENER");
        Agreements.addParty(ADMIN, id, "vasteras-stad", "SIGNATORY");
        for (int i = 1; i <= n; i++) {
            String goalArea = Agreements.addGoalArea(ADMIN, id, Integer.toString(i), "Målområde " + i);
            ADMIN.request()
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "organisationId",
                            DemoDataLoader.organisationId("lansstyrelsen-vastmanland")
                                    .toString(),
                            "kind",
                            "RESPONSIBLE",
                            "level",
                            "REGIONAL"))
                    .post(Agreements.PATH + "/" + id + "/goal-areas/" + goalArea + "/responsibilities")
                    .then()
                    .statusCode(201);
            Map<String, Object> local = Agreements.input("19");
            local.put("kind", "LOCAL");
            local.put("municipalityCode", VASTMANLAND_MUNICIPALITIES[i - 1]);
            local.put("parentAgreementId", id);
            Agreements.create(ADMIN, local);
        }
        return id;
    }

    private static int statements(DemoUser user, String path) {
        String count = user.request().get(path).then().statusCode(200).extract().header(StatementCountFilter.HEADER);
        return Integer.parseInt(count);
    }
}
