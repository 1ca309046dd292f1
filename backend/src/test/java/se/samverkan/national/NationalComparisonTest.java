package se.samverkan.national;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.NATIONAL_READER;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;

/**
 * The national aggregates against figures computed by hand from rows written straight into the database: Norrbotten
 * (25) in 2083, a county and year no other test or the demo data touches, so every figure is known.
 */
@QuarkusTest
class NationalComparisonTest {

    private static final int YEAR = 2083;
    private static final String COUNTY = "25";
    private static boolean written;

    @Inject
    AgroalDataSource dataSource;

    private final UUID vasteras = DemoDataLoader.organisationId("vasteras-stad");
    private final UUID arbetsformedlingen = DemoDataLoader.organisationId("arbetsformedlingen-norra-malardalen");

    @BeforeEach
    void write() throws SQLException {
        synchronized (NationalComparisonTest.class) {
            if (written) {
                return;
            }
            written = true;
        }
        try (Connection c = dataSource.getConnection()) {
            // Agreements: in force in 2083 are A1, A2 (regional), A4 (strategy, expired since), L1 and L2 (Boden).
            UUID a1 = agreement(c, "REGIONAL", "ADOPTED", null, 2080, 2085, null);
            UUID a3 = agreement(c, "REGIONAL", "SUPERSEDED", null, 2079, 2084, null);
            UUID a2 = agreement(c, "REGIONAL", "ADOPTED", null, 2083, 2084, a3); // its revision, from 2083
            agreement(c, "STRATEGY", "EXPIRED", null, 2081, 2083, null);
            agreement(c, "COOPERATION_PLAN", "ADOPTED", null, 2084, 2086, null); // not yet
            UUID draft = agreement(c, "REGIONAL", "DRAFT", null, 2083, 2085, null); // in preparation
            agreement(c, "LOCAL", "CONSULTATION", "2580", 2083, 2085, null); // in preparation, no LÖK in force
            agreement(c, "LOCAL", "ADOPTED", "2582", 2082, 2084, null);
            agreement(c, "LOCAL", "ADOPTED", "2582", 2083, 2083, null); // Boden counts once
            agreement(c, "LOCAL", "ADOPTED", "2584", 2075, 2080, null); // long over

            // Follow-up 2083: the approved round of A1 — G1 PARTLY (ON_TRACK and PARTLY), G2 NOT_ASSESSED, G3 ON_TRACK
            // (the NOT_ON_TRACK is only submitted); the compiled round of A2 — G4 NOT_ON_TRACK (internal only).
            UUID approved = round(c, a1, YEAR, "APPROVED");
            UUID g1 = goalArea(c, a1, "1");
            UUID g2 = goalArea(c, a1, "2");
            UUID g3 = goalArea(c, a1, "3");
            assessment(c, approved, g1, vasteras, "ACCEPTED", "ON_TRACK");
            assessment(c, approved, g1, arbetsformedlingen, "ACCEPTED", "PARTLY");
            assessment(c, approved, g2, vasteras, "ACCEPTED", "NOT_ASSESSED");
            assessment(c, approved, g3, vasteras, "SUBMITTED", "NOT_ON_TRACK");
            assessment(c, approved, g3, arbetsformedlingen, "ACCEPTED", "ON_TRACK");
            UUID compiled = round(c, a2, YEAR, "COMPILED");
            UUID g4 = goalArea(c, a2, "1");
            assessment(c, compiled, g4, vasteras, "ACCEPTED", "NOT_ASSESSED");
            assessment(c, compiled, g4, arbetsformedlingen, "ACCEPTED", "NOT_ON_TRACK");
            UUID earlier = round(c, a1, YEAR - 1, "APPROVED");
            assessment(c, earlier, g1, vasteras, "ACCEPTED", "NOT_ON_TRACK");

            // Action items: published minutes carry I1 (overdue), I2 and I3 (done); I4 was escalated, no minutes.
            UUID forum = forum(c);
            UUID published = meeting(c, forum, true);
            UUID point = agendaItem(c, published);
            UUID i1 = actionItem(c, forum, published, point, "OPEN", "2000-01-01", null);
            actionItem(c, forum, published, point, "IN_PROGRESS", null, null);
            actionItem(c, forum, published, point, "DONE", "2000-01-01", null);
            UUID other = forum(c);
            actionItem(c, other, null, null, "OPEN", "2999-01-01", i1);

            // Indicator values 2083: A1's (public) county-wide and Luleå by gender; the draft's only internally.
            UUID work = indicator(c, a1, "Andel i arbete (nationell test)");
            value(c, work, null, "TOTAL", "48");
            value(c, work, "2580", "TOTAL", "50");
            value(c, work, "2580", "WOMEN", "45");
            value(c, work, "2580", "MEN", "55");
            value(c, indicator(c, draft, "Andel i utkast (nationell test)"), "2582", "TOTAL", "10");
        }
    }

    @Test
    void thePublicSeesTheCountysPublicFiguresAsComputedByHand() {
        JsonPath national = get(ANONYMOUS, "/api/v1/national?year=" + YEAR);
        assertEquals(false, national.getBoolean("internal"));
        assertEquals(21, national.getList("counties").size());
        String row = "counties.find { it.countyCode == '25' }.figures.";
        assertEquals(2, national.getInt(row + "agreementsInForce.regional"));
        assertEquals(2, national.getInt(row + "agreementsInForce.local"));
        assertEquals(1, national.getInt(row + "agreementsInForce.strategy"));
        assertEquals(0, national.getInt(row + "agreementsInForce.cooperationPlan"));
        assertEquals(14, national.getInt(row + "municipalities"));
        assertEquals(1, national.getInt(row + "municipalitiesWithLok"));
        assertEquals(1, national.getInt(row + "followUp.onTrack"));
        assertEquals(1, national.getInt(row + "followUp.partly"));
        assertEquals(0, national.getInt(row + "followUp.notOnTrack"));
        assertEquals(1, national.getInt(row + "followUp.notAssessed"));
        assertEquals(2, national.getInt(row + "openActionItems"));
        assertEquals(1, national.getInt(row + "overdueActionItems"));
        assertNull(national.get(row + "agreementsInPreparation"));
        assertEquals(290, national.getList("municipalities").size());
        assertEquals(290, national.getInt("totals.municipalities"));
        assertEquals(
                "Samverkan nationell test 2083–2083",
                national.getString("municipalities.find { it.code == '2582' }.lokTitle"));
        assertNull(national.get("municipalities.find { it.code == '2584' }.lokAgreementId"));
    }

    @Test
    void aNationalReaderAndAnAdminAlsoSeeWhatIsNotPublicYet() {
        for (DemoUser reader : new DemoUser[] {NATIONAL_READER, ADMIN}) {
            JsonPath national = get(reader, "/api/v1/national?year=" + YEAR);
            assertEquals(true, national.getBoolean("internal"), reader + " reads internally");
            String row = "counties.find { it.countyCode == '25' }.figures.";
            assertEquals(1, national.getInt(row + "followUp.notOnTrack"), reader.name());
            assertEquals(1, national.getInt(row + "followUp.onTrack"), reader.name());
            assertEquals(3, national.getInt(row + "openActionItems"), reader.name());
            assertEquals(1, national.getInt(row + "overdueActionItems"), reader.name());
            assertEquals(2, national.getInt(row + "agreementsInPreparation"), reader.name());
        }
        // A county coordinator reads the national page as the public does.
        assertEquals(
                false,
                get(COORDINATOR_VASTMANLAND, "/api/v1/national?year=" + YEAR).getBoolean("internal"));
    }

    @Test
    void theTotalsAreTheSumOfTheCounties() {
        JsonPath national = get(ADMIN, "/api/v1/national?year=" + YEAR);
        for (String figure : new String[] {
            "agreementsInForce.regional", "municipalitiesWithLok", "followUp.partly", "openActionItems"
        }) {
            int sum = national.<Integer>getList("counties.figures." + figure).stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            assertEquals(sum, national.getInt("totals." + figure), figure);
        }
    }

    @Test
    void indicatorValuesComeByPlaceWithTheGenderBreakdownAndOnlyPublicOnesForThePublic() {
        JsonPath values = get(ANONYMOUS, "/api/v1/national/indicator-values?county=25&year=" + YEAR);
        assertEquals(2, values.getInt("total"));
        assertNull(values.get("items[0].municipalityCode"));
        assertEquals(48.0f, values.getFloat("items[0].total"));
        assertNull(values.get("items[0].women"));
        assertEquals("2580", values.getString("items[1].municipalityCode"));
        assertEquals("Luleå", values.getString("items[1].municipalityName"));
        assertEquals(50.0f, values.getFloat("items[1].total"));
        assertEquals(45.0f, values.getFloat("items[1].women"));
        assertEquals(55.0f, values.getFloat("items[1].men"));
        assertEquals(
                3,
                get(NATIONAL_READER, "/api/v1/national/indicator-values?county=25&year=" + YEAR)
                        .getInt("total"));
        JsonPath secondPage = get(ADMIN, "/api/v1/national/indicator-values?county=25&size=1&page=2&year=" + YEAR);
        assertEquals(1, secondPage.getList("items").size());
        assertEquals("2582", secondPage.getString("items[0].municipalityCode"));
    }

    @Test
    void aKeptPageOfIndicatorValuesChangesWithTheValues() throws SQLException {
        // 2084: a year no other test reads. The page is kept with its JSON (KeptJson) after the first read.
        String path = "/api/v1/national/indicator-values?county=25&year=2084";
        UUID indicator;
        try (Connection c = dataSource.getConnection()) {
            UUID agreement = agreement(c, "REGIONAL", "ADOPTED", null, 2084, 2084, null);
            indicator = indicator(c, agreement, "Andel kvar (nationell test)");
            value(c, indicator, 2084, "2580", "TOTAL", "30");
        }
        String firstTag =
                ANONYMOUS.request().get(path).then().statusCode(200).extract().header("ETag");
        assertEquals(30.0f, get(ANONYMOUS, path).getFloat("items[0].total"), "read again from what is kept");

        try (Connection c = dataSource.getConnection()) {
            exec(c, "update indicator_value set value = 31 where indicator_id = ?", indicator);
        }
        JsonPath changed = get(ANONYMOUS, path);
        assertEquals(31.0f, changed.getFloat("items[0].total"));
        String changedTag =
                ANONYMOUS.request().get(path).then().statusCode(200).extract().header("ETag");
        assertNotEquals(firstTag, changedTag);

        try (Connection c = dataSource.getConnection()) {
            value(c, indicator, 2084, "2582", "TOTAL", "12");
        }
        JsonPath added = get(ANONYMOUS, path);
        assertEquals(2, added.getInt("total"));
        assertEquals("2582", added.getString("items[1].municipalityCode"));
    }

    @Test
    void theCsvCarriesTheSameFigures() {
        String csv = ANONYMOUS
                .request()
                .get("/api/v1/national.csv?year=" + YEAR)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("samverkan-lanen.csv"))
                .extract()
                .asString();
        assertEquals(23, csv.lines().count(), "a header, 21 counties and the totals");
        assertEquals(
                "year,county_code,county,regional_agreements,local_agreements,strategies,cooperation_plans,"
                        + "municipalities,municipalities_with_lok,goal_areas_on_track,goal_areas_partly,"
                        + "goal_areas_not_on_track,goal_areas_not_assessed,open_action_items,overdue_action_items",
                csv.lines().findFirst().orElseThrow());
        org.hamcrest.MatcherAssert.assertThat(
                csv.lines().toList(), hasItem("2083,25,Norrbottens län,2,2,1,0,14,1,1,1,0,1,2,1"));
        // For people in Swedish Excel: byte order mark, semicolons and the page's Swedish column names.
        String excel = DemoUser.ANONYMOUS
                .request()
                .get("/api/v1/national.csv?dialect=excel-sv&year=" + YEAR)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                "\uFEFFÅr;Länskod;Län;Regionala överenskommelser;Lokala överenskommelser;Strategier;Samverkansplaner;"
                        + "Kommuner;Kommuner med LÖK;Målområden i fas;Målområden delvis i fas;Målområden inte i fas;"
                        + "Målområden ej bedömda;Öppna uppdrag;Försenade uppdrag",
                excel.lines().findFirst().orElseThrow());
        org.hamcrest.MatcherAssert.assertThat(
                excel.lines().toList(), hasItem("2083;25;Norrbottens län;2;2;1;0;14;1;1;1;0;1;2;1"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        ANONYMOUS
                .request()
                .get("/api/v1/national?year=1800")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("year"));
        ANONYMOUS
                .request()
                .get("/api/v1/national/indicator-values?county=x")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("county"));
        ANONYMOUS
                .request()
                .get("/api/v1/national/indicator-values?kpi=x")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("kpi"))
                .body("errors[1]", nullValue());
        ANONYMOUS
                .request()
                .get("/api/v1/national.csv?dialect=x")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dialect"));
    }

    private static JsonPath get(DemoUser user, String path) {
        return user.request().get(path).then().statusCode(200).extract().jsonPath();
    }

    // ---- rows written straight into the database ----------------------------------------------------------

    private static final String AUDIT = "now(), 'national-test', now(), 'national-test'";

    private static UUID agreement(
            Connection c, String kind, String status, String municipality, int first, int last, UUID supersedes)
            throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into agreement (id, kind, title, county_code, municipality_code, first_year, last_year, status,"
                        + " supersedes_id, created_at, created_by, updated_at, updated_by)"
                        + " values (?, ?, ?, '25', ?, ?, ?, ?, ?, " + AUDIT + ")",
                id,
                kind,
                "Samverkan nationell test " + first + "–" + last,
                municipality,
                first,
                last,
                status,
                supersedes);
        return id;
    }

    private static UUID goalArea(Connection c, UUID agreement, String number) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into goal_area (id, agreement_id, number, title, created_at, created_by, updated_at,"
                        + " updated_by) values (?, ?, ?, 'Arbete', " + AUDIT + ")",
                id,
                agreement,
                number);
        return id;
    }

    private static UUID round(Connection c, UUID agreement, int year, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into follow_up_round (id, agreement_id, year, status, created_at, created_by, updated_at,"
                        + " updated_by) values (?, ?, ?, ?, " + AUDIT + ")",
                id,
                agreement,
                year,
                status);
        return id;
    }

    private static void assessment(
            Connection c, UUID round, UUID goalArea, UUID organisation, String state, String status)
            throws SQLException {
        exec(
                c,
                "insert into assessment (id, round_id, goal_area_id, organisation_id, state, status, created_at,"
                        + " created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, " + AUDIT + ")",
                UUID.randomUUID(),
                round,
                goalArea,
                organisation,
                state,
                status);
    }

    private static UUID forum(Connection c) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into forum (id, name, kind, level, county_code, created_at, created_by, updated_at, updated_by)"
                        + " values (?, ?, 'FORUM', 'REGIONAL', '25', " + AUDIT + ")",
                id,
                "Nationellt testråd " + id);
        return id;
    }

    private static UUID meeting(Connection c, UUID forum, boolean published) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into meeting (id, forum_id, meeting_date, minutes_published_at, minutes_published_by,"
                        + " created_at, created_by, updated_at, updated_by) values (?, ?, date '2083-03-01', "
                        + (published ? "now(), 'national-test'" : "null, null") + ", " + AUDIT + ")",
                id,
                forum);
        return id;
    }

    private static UUID agendaItem(Connection c, UUID meeting) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into agenda_item (id, meeting_id, position, title, kind, created_at, created_by, updated_at,"
                        + " updated_by) values (?, ?, 0, 'Läget', 'OTHER', " + AUDIT + ")",
                id,
                meeting);
        return id;
    }

    private UUID actionItem(
            Connection c, UUID forum, UUID meeting, UUID point, String status, String due, UUID raisedFrom)
            throws SQLException {
        UUID id = UUID.randomUUID();
        boolean closed = status.equals("DONE") || status.equals("CANCELLED");
        exec(
                c,
                "insert into action_item (id, forum_id, meeting_id, agenda_item_id, title, owner_organisation_id,"
                        + " due_on, status, closed_at, raised_from_id, raised_as, created_at, created_by, updated_at,"
                        + " updated_by) values (?, ?, ?, ?, 'Uppdrag', ?, cast(? as date), ?, "
                        + (closed ? "now()" : "null") + ", ?, " + (raisedFrom == null ? "null" : "'ESCALATED'")
                        + ", " + AUDIT + ")",
                id,
                forum,
                meeting,
                point,
                vasteras,
                due,
                status,
                raisedFrom);
        return id;
    }

    private static UUID indicator(Connection c, UUID agreement, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                c,
                "insert into indicator (id, agreement_id, name, unit, direction, scope, gender_breakdown, source,"
                        + " created_at, created_by, updated_at, updated_by) values (?, ?, ?, '%', 'HIGHER_IS_BETTER',"
                        + " 'MUNICIPALITY', true, 'MANUAL', " + AUDIT + ")",
                id,
                agreement,
                name);
        return id;
    }

    private static void value(Connection c, UUID indicator, String municipality, String gender, String value)
            throws SQLException {
        value(c, indicator, YEAR, municipality, gender, value);
    }

    private static void value(Connection c, UUID indicator, int year, String municipality, String gender, String value)
            throws SQLException {
        exec(
                c,
                "insert into indicator_value (id, indicator_id, year, municipality_code, gender, value, recorded_at,"
                        + " recorded_by) values (?, ?, ?, ?, ?, cast(? as numeric), now(), 'national-test')",
                UUID.randomUUID(),
                indicator,
                year,
                municipality,
                gender,
                value);
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
