package se.samverkan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

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
import se.samverkan.support.Indicators;

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
    void aKeptDocumentIsSentAgainWithoutQueriesUntilSomethingItShowsChanges() {
        String id = regionalAgreementWith(1);
        String path = Agreements.PATH + "/" + id;
        statements(ADMIN, path);
        assertTrue(statements(ADMIN, path) <= 2, "a kept document read again, with a token");
        String demo = Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK;
        statements(ANONYMOUS, demo);
        assertEquals(1, statements(ANONYMOUS, demo), "a kept public document read again: only whether it changed");
        // A new local agreement under it is a change: the same caller's kept view is not sent again.
        int locals = ADMIN.request().get(path).then().extract().path("localAgreements.size()");
        String list = "/api/v1/agreements?county=19&size=1";
        int total = ADMIN.request().get(list).then().extract().path("total");
        statements(ANONYMOUS, list);
        assertEquals(1, statements(ANONYMOUS, list), "a kept page of the list read again: only whether it changed");
        Map<String, Object> local = Agreements.input("19");
        local.put("kind", "LOCAL");
        local.put("municipalityCode", VASTMANLAND_MUNICIPALITIES[4]);
        local.put("parentAgreementId", id);
        Agreements.create(ADMIN, local);
        assertEquals(
                locals + 1, (int) ADMIN.request().get(path).then().extract().path("localAgreements.size()"));
        assertEquals(total + 1, (int) ADMIN.request().get(list).then().extract().path("total"));
    }

    @Test
    void indicatorValuesAreKeptUntilTheyChange() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "MUNICIPALITY", true);
        importValues(indicator, "year,municipality,gender,value\n2026,1980,TOTAL,1\n2026,1984,TOTAL,2\n");
        String values = FollowUps.INDICATORS + "/" + indicator + "/values";
        int first = statements(ANONYMOUS, values);
        int again = statements(ANONYMOUS, values);
        assertTrue(again < first, "kept values are not read again: " + again + " statements after " + first);
        assertTrue(again <= 3, "kept values take " + again + " statements");
        assertEquals(again, statements(ANONYMOUS, values + ".csv"), "the CSV comes from the same kept rows");
        // The same number of values with another value: read anew, as JSON and as CSV.
        importValues(indicator, "year,municipality,gender,value\n2026,1980,TOTAL,3\n2026,1984,TOTAL,2\n");
        assertEquals(3, (int) ANONYMOUS.request().get(values).then().extract().path("[0].value"));
        assertEquals(
                "year,municipality,gender,value\r\n2026,1980,TOTAL,3\r\n2026,1984,TOTAL,2\r\n",
                ANONYMOUS.request().get(values + ".csv").then().extract().asString());
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
        assertTrue(again <= 3, "a stored report takes " + again + " statements");
        statements(ANONYMOUS, report + ".csv");
        assertTrue(statements(ANONYMOUS, report + ".csv") <= 3, "the CSV of a stored report");
        // Read from the snapshot once, then from memory: only the round and whether its inputs changed.
        int kept = statements(ANONYMOUS, report);
        assertTrue(kept <= 2 && kept <= again, "a kept report takes " + kept + " statements, after " + again);
        assertEquals(kept, statements(ANONYMOUS, report + ".csv"), "the kept CSV");
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

    private static void importValues(String indicator, String csv) {
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .body(csv)
                .post(FollowUps.INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(200);
    }

    private static int statements(DemoUser user, String path) {
        String count = user.request().get(path).then().statusCode(200).extract().header(StatementCountFilter.HEADER);
        return Integer.parseInt(count);
    }
}
