package se.samverkan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.common.persistence.StatementCountFilter;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.Fundings;
import se.samverkan.support.Indicators;
import se.samverkan.support.Organisations;
import se.samverkan.support.Strategies;
import se.samverkan.support.TestData;

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
    void theNationalComparisonCostsTheSameInAnEmptyYearAndInOneWithDemoData() {
        // 2021 has the demo data's agreements, follow-up and values; 2099 has nothing.
        for (DemoUser user : List.of(ANONYMOUS, ADMIN)) {
            // A new organisation moves the change counters: neither year is kept from an earlier read.
            Organisations.create(ADMIN, TestData.organisation());
            int busy = statements(user, "/api/v1/national?year=2021");
            int empty = statements(user, "/api/v1/national?year=2099");
            assertEquals(empty, busy, "statements of the national comparison for " + user);
            assertTrue(busy <= 9, "the national comparison takes " + busy + " statements for " + user);
            assertEquals(
                    1,
                    statements(user, "/api/v1/national?year=2021"),
                    "a kept national comparison read again for " + user);
            assertEquals(
                    1,
                    statements(user, "/api/v1/national.csv?year=2021"),
                    "the national comparison's CSV, written from the kept comparison, for " + user);
            int values = statements(user, "/api/v1/national/indicator-values?year=2021&size=100");
            assertTrue(values <= 4, "a page of national indicator values takes " + values + " statements");
        }
    }

    @Test
    void theNationalResultsCostTheSameWithOneOrTwoApprovedReportsAndWithTheNationalSummary() {
        int year = Math.max(
                se.samverkan.support.ResultsReports.freeYear("19"), se.samverkan.support.ResultsReports.freeYear("24"));
        approvedResultsReport("19", year);
        int one = statements(ANONYMOUS, "/api/v1/national-results/" + year);
        approvedResultsReport("24", year);
        int two = statements(ANONYMOUS, "/api/v1/national-results/" + year);
        assertEquals(one, two, "the national results with one and with two approved reports");
        assertEquals(one, statements(ANONYMOUS, "/api/v1/national-results/2021"), "with the national summary");
        assertTrue(two <= 6, "the national results take " + two + " statements");
        int list = statements(ADMIN, "/api/v1/results-reports?year=" + year);
        assertTrue(list <= 4, "the list of results reports takes " + list + " statements");
    }

    private static void approvedResultsReport(String county, int year) {
        String path = se.samverkan.support.ResultsReports.PATH;
        String id = ADMIN.request()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(se.samverkan.support.ResultsReports.input(county, year))
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag = ADMIN.request()
                .contentType(io.restassured.http.ContentType.JSON)
                .header("If-Match", se.samverkan.support.ResultsReports.etag(ADMIN, id))
                .body(Map.of(
                        "parts",
                        List.of(
                                se.samverkan.support.ResultsReports.part("EARLY_MEASURES", "God kapacitet."),
                                se.samverkan.support.ResultsReports.part("CIVIC_ORIENTATION", "God förmåga."))))
                .put(path + "/" + id + "/parts")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        ADMIN.request()
                .header("If-Match", etag)
                .post(path + "/" + id + "/approval")
                .then()
                .statusCode(200);
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
    void thePublicListOfAllAgreementsIsKeptUntilAnAgreementIsAdoptedOrChanged() {
        String all = "/api/v1/agreements?size=100";
        String newest = "/api/v1/agreements?size=100&sort=-updatedAt";
        statements(ANONYMOUS, all);
        assertEquals(1, statements(ANONYMOUS, all), "the public's page of all agreements read again");
        long total = ANONYMOUS.request().get(all).then().extract().jsonPath().getLong("total");
        // A draft is no change for the public, and a caller with a token still gets their own view with it.
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        assertEquals(
                total, ANONYMOUS.request().get(all).then().extract().jsonPath().getLong("total"));
        assertTrue(
                COORDINATOR_VASTMANLAND
                        .request()
                        .get(newest)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .contains(id),
                "the coordinator sees the draft in the same list");
        assertTrue(
                !ANONYMOUS
                        .request()
                        .get(newest)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .contains(id),
                "the public does not");
        // Adopted: the public's kept pages are built again and show it.
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "ADOPTED").statusCode(200);
        assertEquals(
                total + 1,
                ANONYMOUS.request().get(all).then().extract().jsonPath().getLong("total"));
        assertEquals(1, statements(ANONYMOUS, all), "kept again at the new version");
        assertEquals(id, ANONYMOUS.request().get(newest).then().extract().path("items[0].id"));
        assertEquals("ADOPTED", ANONYMOUS.request().get(newest).then().extract().path("items[0].status"));
        // Changed: superseded by its adopted revision, which the public sees on the kept pages too.
        String revision = COORDINATOR_VASTMANLAND
                .request()
                .post(Agreements.PATH + "/" + id + "/revisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertEquals(
                total + 1,
                ANONYMOUS.request().get(all).then().extract().jsonPath().getLong("total"),
                "the public does not see the draft revision");
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, revision, "ADOPTED").statusCode(200);
        var page = ANONYMOUS.request().get(newest).then().extract().jsonPath();
        assertEquals(List.of(revision, id), page.getList("items.id").subList(0, 2));
        assertEquals(
                List.of("ADOPTED", "SUPERSEDED"), page.getList("items.status").subList(0, 2));
        assertEquals(
                total + 2,
                ANONYMOUS.request().get(all).then().extract().jsonPath().getLong("total"));
    }

    @Test
    void onlyAChangeToWhatADocumentShowsMakesItBeReadAgain() {
        String organisation = Organisations.create(ADMIN, TestData.organisation());
        String id = Agreements.create(ADMIN, Agreements.input("19"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        organisation,
                        "role",
                        "SIGNATORY",
                        "signatories",
                        List.of(Map.of("name", "Anna Andersson", "title", "Ordförande"))))
                .post(Agreements.PATH + "/" + id + "/parties")
                .then()
                .statusCode(201);
        String path = Agreements.PATH + "/" + id;
        statements(ADMIN, path);
        int kept = statements(ADMIN, path);
        // The organisation's website and mandate are on no document: the kept one is sent again (V32).
        Map<String, Object> changed = new java.util.HashMap<>(ADMIN.request()
                .get(Organisations.PATH + "/" + organisation)
                .then()
                .extract()
                .jsonPath()
                .getMap("$"));
        Map<String, Object> input = new java.util.HashMap<>();
        for (String field : List.of("name", "type", "organisationNumber", "countyCode", "municipalityCode")) {
            input.put(field, changed.get(field));
        }
        input.put("website", "https://example.se/ny");
        input.put("mandate", "Ett annat uppdrag.");
        putOrganisation(organisation, input);
        assertEquals(kept, statements(ADMIN, path), "the document after a change of a party's website");
        // Its name is: the document is built again and shows it.
        input.put("name", "Omdöpt förening " + System.nanoTime());
        putOrganisation(organisation, input);
        assertTrue(statements(ADMIN, path) > kept, "the document after a change of a party's name");
        assertEquals(
                input.get("name"), ADMIN.request().get(path).then().extract().path("parties[0].organisation.name"));
    }

    private static void putOrganisation(String id, Map<String, Object> input) {
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", Organisations.etag(id))
                .body(input)
                .put(Organisations.PATH + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void indicatorValuesAreKeptUntilTheyChange() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "MUNICIPALITY", true);
        importValues(indicator, "year,municipality,gender,value\n2026,1980,TOTAL,1\n2026,1984,TOTAL,2\n");
        String values = FollowUps.INDICATORS + "/" + indicator + "/values";
        int first = statements(ANONYMOUS, values);
        int again = statements(ANONYMOUS, values);
        assertTrue(again < first, "kept values are not read again: " + again + " statements after " + first);
        assertEquals(1, again, "kept public values (with their JSON) read again: only whether they changed");
        // The CSV, first read: the counters, whether the indicator may be read, and the kept rows or their change.
        int csv = statements(ANONYMOUS, values + ".csv");
        assertTrue(csv <= 4, "the CSV of kept values takes " + csv + " statements");
        assertEquals(1, statements(ANONYMOUS, values + ".csv"), "a kept CSV read again: only whether it changed");
        // The same number of values with another value: read anew, as JSON and as CSV.
        importValues(indicator, "year,municipality,gender,value\n2026,1980,TOTAL,3\n2026,1984,TOTAL,2\n");
        assertEquals(3, (int) ANONYMOUS.request().get(values).then().extract().path("[0].value"));
        assertEquals(
                "year,municipality,gender,value\r\n2026,1980,TOTAL,3\r\n2026,1984,TOTAL,2\r\n",
                ANONYMOUS.request().get(values + ".csv").then().extract().asString());
    }

    @Test
    void keptPublicReadsAreSentAgainWithOneStatementUntilSomethingTheyShowChanges() {
        // The forum structure of a county: a new forum there is a change.
        String structure = Forums.STRUCTURE + "19";
        statements(ANONYMOUS, structure);
        assertEquals(1, statements(ANONYMOUS, structure), "a kept forum structure read again");
        Map<String, Object> forumInput = Forums.input("19", "REGIONAL");
        String forum = Forums.create(COORDINATOR_VASTMANLAND, forumInput);
        assertTrue(
                ANONYMOUS.request().get(structure).then().extract().asString().contains(forum),
                "the structure shows the new forum");
        // A meeting as the public sees it: a new agenda point is a change.
        String meeting = Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, java.time.LocalDate.now());
        String meetingPath = Forums.MEETINGS + "/" + meeting;
        statements(ANONYMOUS, meetingPath);
        assertEquals(1, statements(ANONYMOUS, meetingPath), "a kept public meeting read again");
        Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Läget i länet", "DEEP_DIVE");
        assertEquals(
                "Läget i länet",
                ANONYMOUS.request().get(meetingPath).then().extract().path("agenda[0].title"));
        // A signed-in caller's view is not shared: it carries the caller's permissions and the online link.
        var insider = COORDINATOR_VASTMANLAND
                .request()
                .get(meetingPath)
                .then()
                .extract()
                .jsonPath();
        assertEquals(Boolean.TRUE, insider.get("permissions.edit"));
        assertEquals("https://meet.example.se/samrad", insider.get("onlineUrl"));
        var outsider = ANONYMOUS.request().get(meetingPath).then().extract().jsonPath();
        assertEquals(Boolean.FALSE, outsider.get("permissions.edit"));
        assertNull(outsider.get("onlineUrl"), "the public never sees the online link");
        // A county's action-item board: an item handed out there is a change (for those who see it).
        String board = Forums.ITEMS + "?county=19&size=25";
        int total = ADMIN.request().get(board).then().extract().path("total");
        String adminBoard = Forums.ITEMS + "?county=19&size=24";
        int first = statements(ADMIN, adminBoard);
        assertTrue(statements(ADMIN, adminBoard) < first, "a kept board read again with a token");
        statements(ANONYMOUS, board);
        assertEquals(1, statements(ANONYMOUS, board), "a kept public board read again");
        // The national comparison counts open action items: a kept one, then the same change.
        String comparison = "/api/v1/national";
        int open = ADMIN.request().get(comparison).then().extract().path("totals.openActionItems");
        assertEquals(1, statements(ADMIN, comparison), "a kept national comparison read again");
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Uppdrag", "vasteras-stad"));
        assertEquals(
                total + 1, (int) ADMIN.request().get(board).then().extract().path("total"));
        assertEquals(
                open + 1, (int) ADMIN.request().get(comparison).then().extract().path("totals.openActionItems"));
        // An organisation as the public sees it: its website (on no agreement document) is a change here.
        String organisation = Organisations.create(ADMIN, TestData.organisation());
        String organisationPath = Organisations.PATH + "/" + organisation;
        statements(ANONYMOUS, organisationPath);
        assertEquals(1, statements(ANONYMOUS, organisationPath), "a kept public organisation read again");
        Map<String, Object> read = ADMIN.request()
                .get(organisationPath)
                .then()
                .extract()
                .jsonPath()
                .getMap("$");
        Map<String, Object> input = new java.util.HashMap<>();
        for (String field : List.of("name", "type", "organisationNumber", "countyCode", "municipalityCode")) {
            input.put(field, read.get(field));
        }
        input.put("website", "https://example.se/annan");
        putOrganisation(organisation, input);
        assertEquals(
                "https://example.se/annan",
                ANONYMOUS.request().get(organisationPath).then().extract().path("website"));
        // A page of organisations is the same for every caller, a token's too: kept for all; a new name is a change.
        String list = Organisations.PATH + "?size=5&q=" + read.get("organisationNumber");
        statements(ADMIN, list);
        assertEquals(1, statements(ADMIN, list), "a kept page of organisations read again with a token");
        assertEquals(1, statements(ANONYMOUS, list), "the same kept page read again by the public");
        input.put("name", "Omdöpt organisation " + System.nanoTime());
        putOrganisation(organisation, input);
        assertEquals(
                input.get("name"),
                ANONYMOUS.request().get(list).then().extract().path("items[0].name"));
        assertEquals(1, statements(ADMIN, list), "the page built again by the public's read, then kept for all");
        // The national indicator values: a page of them.
        String national = "/api/v1/national/indicator-values?year=2021&size=100";
        statements(ANONYMOUS, national);
        assertEquals(1, statements(ANONYMOUS, national), "a kept page of national indicator values read again");
    }

    @Test
    void anAgreementsIndicatorsCostTheSameWithOneOrThreeWithValues() {
        String small = FollowUps.adoptedAgreement().id();
        Indicators.create(small, null, "MUNICIPALITY", true);
        String large = FollowUps.adoptedAgreement().id();
        for (int i = 0; i < 3; i++) {
            String indicator = Indicators.create(large, null, "MUNICIPALITY", true);
            importValues(indicator, "year,municipality,gender,value\n2025,1980,TOTAL,1\n2026,1984,TOTAL,2\n");
        }
        // The coordinator may remove indicators, so is also told which ones assessments report on.
        for (DemoUser user : List.of(COORDINATOR_VASTMANLAND, ANONYMOUS)) {
            int one = statements(user, Agreements.PATH + "/" + small + "/indicators");
            int three = statements(user, Agreements.PATH + "/" + large + "/indicators");
            assertEquals(one, three, "three indicators cost as one for " + user);
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
        assertTrue(meetingStatements <= 5, "the meeting takes " + meetingStatements + " statements");
        // Whether anything it shows changed (KeptJson), then rows, not entities: the forums (with their conveners and
        // parents) and their members; the county's name is read once, then kept. Read again: only whether it changed.
        int structure = statements(ANONYMOUS, "/api/v1/forum-structure/19");
        assertTrue(structure <= 4, "the forum structure takes " + structure + " statements");
        int again = statements(ANONYMOUS, "/api/v1/forum-structure/19");
        assertEquals(1, again, "the kept forum structure read again");
        // A county's board: whether anything changed, the county check (once per county), then the page of rows
        // carrying the total. Read again: only whether it changed.
        int actions = statements(ANONYMOUS, "/api/v1/action-items?county=19&size=25");
        assertTrue(actions <= 3, "the action-item board takes " + actions + " statements");
        int known = statements(ANONYMOUS, "/api/v1/action-items?county=19&size=25");
        assertEquals(1, known, "the kept action-item board read again");
        // A page with rows carries the total (count over the whole result); one beyond the end has no row to carry it
        // and counts apart: one statement more, and the same total.
        String forum = se.samverkan.support.Forums.create(
                COORDINATOR_VASTMANLAND, se.samverkan.support.Forums.input("19", "REGIONAL"));
        String meetingOfForum =
                se.samverkan.support.Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, java.time.LocalDate.now());
        String point = se.samverkan.support.Forums.addAgendaItem(
                COORDINATOR_VASTMANLAND, meetingOfForum, "Medskick", "DEEP_DIVE");
        se.samverkan.support.Forums.handOut(
                COORDINATOR_VASTMANLAND,
                meetingOfForum,
                point,
                se.samverkan.support.Forums.actionItem("Uppdrag", "vasteras-stad"));
        int total = ADMIN.request()
                .get("/api/v1/action-items?county=19&size=50")
                .then()
                .extract()
                .path("total");
        assertTrue(total > 0, "Västmanland has the action item just handed out");
        // Both pages read for the first time (not kept yet).
        String first = "/api/v1/action-items?county=19&size=1";
        String beyond = first + "&page=" + total;
        assertEquals(
                statements(ADMIN, beyond) - 1, statements(ADMIN, first), "a page with rows and one beyond the end");
        var empty = ADMIN.request().get(beyond).then().statusCode(200).extract().jsonPath();
        assertEquals(0, empty.getList("items").size());
        assertEquals(total, empty.getInt("total"));
        assertEquals(total, (int) ADMIN.request()
                .get("/api/v1/action-items?county=19&size=100")
                .then()
                .extract()
                .path("total"));
    }

    @Test
    void aMeetingCostsTheSameWithOneOrFiveAgendaPointsAboutAgreements() {
        String small = meetingWithAgendaPointsAbout(1);
        String large = meetingWithAgendaPointsAbout(5);
        for (DemoUser user : List.of(ANONYMOUS, ADMIN)) {
            int one = statements(user, "/api/v1/meetings/" + small);
            int five = statements(user, "/api/v1/meetings/" + large);
            assertEquals(one, five, "the meeting with 1 and with 5 agenda points about agreements, for " + user);
            // the meeting with its forum, the agenda as rows, the linked status reports, the open action items
            assertTrue(five <= 5, "the meeting takes " + five + " statements for " + user);
        }
        // The rows carry what the agreement policy decides on: a draft's point hides it from the public, not from
        // admins.
        var anonymous = ANONYMOUS
                .request()
                .get("/api/v1/meetings/" + large)
                .then()
                .extract()
                .jsonPath();
        var admin = ADMIN.request()
                .get("/api/v1/meetings/" + large)
                .then()
                .extract()
                .jsonPath();
        assertEquals(5, admin.getList("agenda").size());
        assertNull(anonymous.get("agenda[0].agreement"), "a draft's point, anonymous");
        assertNull(anonymous.get("agenda[0].goalArea"), "a draft's goal area, anonymous");
        assertEquals("Målområde 1", admin.getString("agenda[0].goalArea.title"), "a draft's goal area, admin");
        assertEquals(
                Agreements.VASTMANLAND_ROK, anonymous.getString("agenda[1].agreement.id"), "an adopted RÖK's point");
        assertEquals(List.of(1, 2, 3, 4, 5), admin.getList("agenda.position", Integer.class));
    }

    /** A meeting of a new Västmanland forum whose n points are about a draft (with its goal area) and the adopted RÖK, in turn. */
    private static String meetingWithAgendaPointsAbout(int n) {
        String draft = Agreements.create(ADMIN, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(ADMIN, draft, "1", "Målområde 1");
        String forum = se.samverkan.support.Forums.create(
                COORDINATOR_VASTMANLAND, se.samverkan.support.Forums.input("19", "REGIONAL"));
        String meeting = se.samverkan.support.Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, java.time.LocalDate.now().plusDays(30));
        for (int i = 1; i <= n; i++) {
            Map<String, Object> point = se.samverkan.support.Forums.agendaItem("Punkt " + i, "DEEP_DIVE");
            if (i % 2 == 1) {
                point.put("agreementId", draft);
                point.put("goalAreaId", goalArea);
            } else {
                point.put("agreementId", Agreements.VASTMANLAND_ROK);
            }
            ADMIN.request()
                    .contentType(ContentType.JSON)
                    .body(point)
                    .post(se.samverkan.support.Forums.MEETINGS + "/" + meeting + "/agenda-items")
                    .then()
                    .statusCode(201);
        }
        return meeting;
    }

    @Test
    void anOrganisationsCommitmentsCostTheSameWithOneOrThreeAgreementsForumsAndItems() {
        String organisation = Organisations.create(ADMIN, TestData.organisation());
        String path = "/api/v1/organisations/" + organisation + "/commitments";
        committed(organisation);
        int one = statements(COORDINATOR_VASTMANLAND, path);
        committed(organisation);
        committed(organisation);
        assertEquals(one, statements(COORDINATOR_VASTMANLAND, path), "commitments with 1 and with 3 of each");
        // the organisation, agreements, responsibilities, memberships, convened forums, action items; the caller's
        // grants
        assertTrue(one <= 8, "an organisation's commitments take " + one + " statements");
        int demo =
                statements(ANONYMOUS, "/api/v1/organisations/" + Forums.organisation("vasteras-stad") + "/commitments");
        assertTrue(demo <= 8, "a demo organisation's commitments take " + demo + " statements");
    }

    /** One draft agreement with a responsibility, one forum membership and one open action item for the organisation. */
    private static void committed(String organisation) {
        String agreement = Agreements.create(ADMIN, Agreements.input("19"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "role", "SIGNATORY"))
                .post(Agreements.PATH + "/" + agreement + "/parties")
                .then()
                .statusCode(201);
        String area = Agreements.addGoalArea(ADMIN, agreement, "1", "Arbete");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "kind", "RESPONSIBLE", "level", "LOCAL"))
                .post(Agreements.PATH + "/" + agreement + "/goal-areas/" + area + "/responsibilities")
                .then()
                .statusCode(201);
        String forum = Forums.create(ADMIN, Forums.input("19", "REGIONAL"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "role", "EXPERT"))
                .post(Forums.PATH + "/" + forum + "/members")
                .then()
                .statusCode(201);
        String meeting =
                Forums.createMeeting(ADMIN, forum, java.time.LocalDate.now().plusDays(7));
        String point = Forums.addAgendaItem(ADMIN, meeting, "Medskick", "DEEP_DIVE");
        Map<String, Object> item = new java.util.HashMap<>(Forums.actionItem("Uppdrag", "vasteras-stad"));
        item.put("ownerOrganisationId", organisation);
        Forums.handOut(ADMIN, meeting, point, item);
    }

    @Test
    void theLocalFollowUpOfARokCostsTheSameWithOneOrThreeLocalAgreements() {
        String small = regionalWithAnsweringLocals(1);
        String large = regionalWithAnsweringLocals(3);
        int one = statements(ADMIN, Agreements.PATH + "/" + small + "/local-follow-up");
        int three = statements(ADMIN, Agreements.PATH + "/" + large + "/local-follow-up");
        assertEquals(one, three, "local follow-up with 1 and with 3 LÖKs answering");
        assertTrue(three <= 8, "the local follow-up takes " + three + " statements");
        int demo = statements(ANONYMOUS, Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK + "/local-follow-up");
        assertTrue(demo <= 8, "the demo RÖK's local follow-up takes " + demo + " statements");
    }

    /** A regional draft with two goal areas and n local drafts under it, each with a goal area answering to its first. */
    private static String regionalWithAnsweringLocals(int n) {
        String id = Agreements.create(ADMIN, Agreements.input("19"));
        String first = Agreements.addGoalArea(ADMIN, id, "1", "Arbete");
        Agreements.addGoalArea(ADMIN, id, "2", "Bosättning");
        for (int i = 1; i <= n; i++) {
            Map<String, Object> local = Agreements.input("19");
            local.put("kind", "LOCAL");
            local.put("municipalityCode", VASTMANLAND_MUNICIPALITIES[i - 1]);
            local.put("parentAgreementId", id);
            String lok = Agreements.create(ADMIN, local);
            Map<String, Object> area = new java.util.HashMap<>(Agreements.goalArea("1", "Arbete lokalt"));
            area.put("answersToGoalAreaId", first);
            ADMIN.request()
                    .contentType(ContentType.JSON)
                    .body(area)
                    .post(Agreements.PATH + "/" + lok + "/goal-areas")
                    .then()
                    .statusCode(201);
        }
        return id;
    }

    @Test
    void fundingListsBoardAndSummaryCostTheSameForOneOrFiveGrants() {
        String programme = Fundings.programme();
        String area36 = Fundings.goalArea(Agreements.VASTMANLAND_ROK, "3.6");
        grantedProject(programme, area36);
        Map<String, Integer> one = fundingStatements(programme);
        for (int i = 0; i < 4; i++) {
            grantedProject(programme, area36);
        }
        Map<String, Integer> five = fundingStatements(programme);
        assertEquals(one, five, "funding reads with one and with five calls, applications, projects and accounts");
        // 9: the caller's scoped grants are read once per request since FundingPolicy honours them (#10)
        five.forEach((path, statements) -> assertTrue(statements <= 9, path + " takes " + statements + " statements"));
    }

    /** The funding reads of Västmanland's year 2087 (no other test uses it) and of the programme's projects. */
    private static Map<String, Integer> fundingStatements(String programme) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : List.of(
                Fundings.CALLS + "?county=19&year=" + FUNDING_YEAR,
                Fundings.APPLICATIONS + "?county=19&status=GRANTED",
                Fundings.PROJECTS + "?programme=" + programme + "&size=20",
                Fundings.ACCOUNTS + "?county=19",
                Fundings.PATH + "/summary?county=19&year=" + FUNDING_YEAR)) {
            counts.put(path, statements(ADMIN, path));
        }
        counts.put("projects (anonymous)", statements(ANONYMOUS, Fundings.PROJECTS + "?programme=" + programme));
        return counts;
    }

    private static final int FUNDING_YEAR = 2087;

    /** An open call with a priority on goal area 3.6, an application to it granted in part: a project with an account. */
    private static void grantedProject(String programme, String goalArea) {
        Map<String, Object> call = Fundings.call(programme, "19", FUNDING_YEAR, "2099-12-31");
        call.put(
                "priorities",
                List.of(Map.of(
                        "text",
                        "Föräldrastöd",
                        "goalAreaIds",
                        List.of(goalArea),
                        "strategies",
                        List.of(Map.of("goalAreaId", goalArea, "index", 0)))));
        String callId = Fundings.createCall(DemoUser.COORDINATOR_VASTMANLAND, call);
        Fundings.status(DemoUser.COORDINATOR_VASTMANLAND, Fundings.CALLS + "/" + callId, Map.of("status", "OPEN"))
                .statusCode(200);
        Map<String, Object> application = Fundings.application("vasteras-stad", "400000.00");
        application.put("goalAreaIds", List.of(goalArea));
        String applicationId = Fundings.inReview(callId, application);
        Fundings.decide(DemoUser.COORDINATOR_VASTMANLAND, applicationId, Fundings.grant("300000.00"))
                .statusCode(200);
    }

    @Test
    void theOverviewCostsTheSameWithMoreTasks() {
        int member = statements(DemoUser.MEMBER_VASTERAS, "/api/v1/me/tasks");
        int coordinator = statements(DemoUser.COORDINATOR_VASTMANLAND, "/api/v1/me/tasks");
        FollowUps.openRound();
        FollowUps.openRound();
        se.samverkan.support.Surveys.open(DemoUser.COORDINATOR_VASTMANLAND);
        se.samverkan.support.Surveys.open(DemoUser.COORDINATOR_VASTMANLAND);
        assertEquals(member, statements(DemoUser.MEMBER_VASTERAS, "/api/v1/me/tasks"), "a member's overview");
        assertEquals(
                coordinator,
                statements(DemoUser.COORDINATOR_VASTMANLAND, "/api/v1/me/tasks"),
                "a coordinator's overview");
        // one statement per kind of task (surveys to answer, applications and accounts are a member's 4th to 6th,
        // action-plan activities the 7th)
        assertTrue(member <= 10, "a member's overview takes " + member + " statements");
        assertTrue(coordinator <= 8, "a coordinator's overview takes " + coordinator + " statements");
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
    @Test
    void theResultsOfASurveyCostTheSameForThirteenAnswersAndForTwoHundredSixtyNine() {
        // Västerbotten 2018: 13 answers, 3 themes; national 2021: 269 answers, 5 themes (one grouped query per figure).
        int county = statements(
                ANONYMOUS,
                se.samverkan.support.Surveys.PATH + "/" + se.samverkan.support.Surveys.VASTERBOTTEN_2018 + "/results");
        int national = statements(
                ANONYMOUS,
                se.samverkan.support.Surveys.PATH + "/" + se.samverkan.support.Surveys.NATIONAL_2021 + "/results");
        assertEquals(county, national, "results of 13 and of 269 answers");
        assertTrue(national <= 14, "the results take " + national + " statements");
        int comparison = statements(
                ANONYMOUS,
                se.samverkan.support.Surveys.PATH + "/" + se.samverkan.support.Surveys.NATIONAL_2021
                        + "/county-comparison");
        assertTrue(comparison <= 6, "the county comparison takes " + comparison + " statements");
        int list = statements(ANONYMOUS, se.samverkan.support.Surveys.PATH);
        assertTrue(list <= 4, "the survey list takes " + list + " statements");
    }

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
