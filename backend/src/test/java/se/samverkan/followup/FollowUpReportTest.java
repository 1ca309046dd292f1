package se.samverkan.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.FollowUps.INDICATORS;
import static se.samverkan.support.FollowUps.ROUNDS;
import static se.samverkan.support.FollowUps.assertRule;
import static se.samverkan.support.FollowUps.draft;
import static se.samverkan.support.FollowUps.roundStep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.FollowUps;
import se.samverkan.support.FollowUps.TestRound;
import se.samverkan.support.Indicators;

/**
 * The report against hand-computed values. Round 2027 of a test agreement:
 * goal area 1 (work): Västerås ON_TRACK, Arbetsförmedlingen PARTLY → aggregate PARTLY;
 * goal area 2 (housing): Västerås NOT_ON_TRACK, Arbetsförmedlingen NOT_ASSESSED → aggregate NOT_ON_TRACK.
 * Indicator "work" (county, by gender, higher is better, target 2027: 44): 2026 imported 40/35/45 (total/women/men),
 * 2027 reported by Västerås 45/41/49 → changes +5/+6/+4, all improving; women miss the target.
 * Indicator "housing" (per municipality, lower is better, target 2027: 10): Västerås 2026 15 → 2027 12 (−3, improving,
 * misses the target); Arboga 2027 8 (one year only, meets the target).
 * Indicator of the whole agreement (target 2027: 44): 5 in 2025 and 5 in 2027 → unchanged, target missed; 99 in 2028
 * is after the round and left out.
 */
@QuarkusTest
class FollowUpReportTest {

    private TestRound round;
    private String work;
    private String housing;
    private String overall;

    @BeforeEach
    void runTheRound() {
        round = FollowUps.openRound();
        work = Indicators.create(round.agreement().id(), round.agreement().work(), "COUNTY", true);
        Map<String, Object> housingInput = Indicators.input(round.agreement().housing(), "MUNICIPALITY", false);
        housingInput.put("name", "Andel i tillfälligt boende");
        housingInput.put("direction", "LOWER_IS_BETTER");
        housingInput.put("targets", List.of(Map.of("year", 2027, "value", 10)));
        housing = COORDINATOR_VASTMANLAND
                .request()
                .contentType("application/json")
                .body(housingInput)
                .post("/api/v1/agreements/" + round.agreement().id() + "/indicators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        overall = Indicators.create(round.agreement().id(), null, "COUNTY", false);
        IndicatorValuesCsvTest.importCsv(
                        COORDINATOR_VASTMANLAND,
                        work,
                        "year,municipality,gender,value\n2026,,TOTAL,40\n2026,,WOMEN,35\n2026,,MEN,45\n2027,,TOTAL,30\n")
                .statusCode(200);
        IndicatorValuesCsvTest.importCsv(
                        COORDINATOR_VASTMANLAND, housing, "year,municipality,gender,value\n2026,1980,,15\n")
                .statusCode(200);
        IndicatorValuesCsvTest.importCsv(
                        COORDINATOR_VASTMANLAND,
                        overall,
                        "year,municipality,gender,value\n2025,,,5\n2027,,,5\n2028,,,99\n")
                .statusCode(200);

        Map<String, Object> vasterasWork = draft("ON_TRACK");
        vasterasWork.put(
                "indicatorValues",
                List.of(
                        Map.of("indicatorId", work, "value", 45),
                        Map.of("indicatorId", work, "gender", "WOMEN", "value", 41),
                        Map.of("indicatorId", work, "gender", "MEN", "value", 49)));
        Map<String, Object> vasterasHousing = draft("NOT_ON_TRACK");
        vasterasHousing.put("situation", "Läget: bostadsbristen består.");
        vasterasHousing.put(
                "indicatorValues", List.of(Map.of("indicatorId", housing, "municipalityCode", "1980", "value", 12)));
        Map<String, Object> arbetsformedlingenHousing = draft("NOT_ASSESSED");
        arbetsformedlingenHousing.put("activities", List.of());
        arbetsformedlingenHousing.put(
                "indicatorValues", List.of(Map.of("indicatorId", housing, "municipalityCode", "1984", "value", 8)));
        FollowUps.accepted(MEMBER_VASTERAS, round.vasterasWork(), vasterasWork);
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenWork(), draft("PARTLY"));
        FollowUps.accepted(MEMBER_VASTERAS, round.vasterasHousing(), vasterasHousing);
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, round.arbetsformedlingenHousing(), arbetsformedlingenHousing);
    }

    @Test
    void aggregatesStatusesAndTrendsAsComputedByHand() {
        JsonPath report = COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id() + "/report")
                .then()
                .statusCode(200)
                .body("year", equalTo(2027))
                .body("countyName", equalTo("Västmanlands län"))
                .body("goalAreas.number", equalTo(List.of("1", "2")))
                .body("goalAreas[0].aggregateStatus", equalTo("PARTLY"))
                .body("goalAreas[1].aggregateStatus", equalTo("NOT_ON_TRACK"))
                .body(
                        "goalAreas[0].statusCounts",
                        equalTo(Map.of("onTrack", 1, "partly", 1, "notOnTrack", 0, "notAssessed", 0)))
                .body(
                        "goalAreas[1].statusCounts",
                        equalTo(Map.of("onTrack", 0, "partly", 0, "notOnTrack", 1, "notAssessed", 1)))
                .body("statusCounts", equalTo(Map.of("onTrack", 1, "partly", 1, "notOnTrack", 1, "notAssessed", 1)))
                .body(
                        "goalAreas[0].assessments.organisation.name",
                        equalTo(List.of("Arbetsförmedlingen Norra Mälardalen", "Västerås stad")))
                .body("goalAreas[1].assessments[1].situation", equalTo("Läget: bostadsbristen består."))
                .body("goalAreas[0].assessments[1].activities[0].result", equalTo("Tolv personer fick anställning"))
                .extract()
                .jsonPath();

        String i = "goalAreas[0].indicators[0].";
        assertEquals(work, report.getString(i + "id"));
        assertEquals(44, report.getInt(i + "target"));
        // 2027 values: the accepted report replaced the imported total of 30.
        assertEquals(List.of("TOTAL", "WOMEN", "MEN"), report.getList(i + "values.gender"));
        assertEquals(List.of(45, 41, 49), report.getList(i + "values.value"));
        assertEquals(List.of(true, false, true), report.getList(i + "values.meetsTarget"));
        assertEquals(List.of("TOTAL", "WOMEN", "MEN"), report.getList(i + "trend.gender"));
        assertEquals(
                List.of(List.of(2026, 2027), List.of(2026, 2027), List.of(2026, 2027)),
                report.getList(i + "trend.points.year"));
        assertEquals(List.of(5, 6, 4), report.getList(i + "trend.change"));
        assertEquals(List.of("IMPROVING", "IMPROVING", "IMPROVING"), report.getList(i + "trend.trend"));

        String h = "goalAreas[1].indicators[0].";
        assertEquals(List.of("1980", "1984"), report.getList(h + "values.municipalityCode"));
        assertEquals(List.of("Västerås", "Arboga"), report.getList(h + "values.municipalityName"));
        assertEquals(List.of(12, 8), report.getList(h + "values.value"));
        assertEquals(List.of(false, true), report.getList(h + "values.meetsTarget"));
        assertEquals(Arrays.asList(-3, null), report.getList(h + "trend.change"));
        assertEquals(List.of("IMPROVING", "INSUFFICIENT_DATA"), report.getList(h + "trend.trend"));

        assertEquals(overall, report.getString("agreementIndicators[0].id"));
        assertEquals(List.of(2025, 2027), report.getList("agreementIndicators[0].trend[0].points.year"));
        assertEquals("UNCHANGED", report.getString("agreementIndicators[0].trend[0].trend"));
        assertEquals(0, report.getInt("agreementIndicators[0].trend[0].change"));
        // Its target for 2027 is 44 (the test input), so 5 misses it.
        assertEquals(List.of(false), report.getList("agreementIndicators[0].values.meetsTarget"));

        // Accepted values became the indicators' values of 2027.
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + work + "/values")
                .then()
                .body("findAll { it.year == 2027 }.value", equalTo(List.of(45, 41, 49)));
    }

    @Test
    void theReportOnlyCountsAcceptedAssessments() {
        TestRound fresh = FollowUps.openRound();
        FollowUps.accepted(MEMBER_VASTERAS, fresh.vasterasWork(), draft("NOT_ON_TRACK"));
        FollowUps.save(MEMBER_ARBETSFORMEDLINGEN, fresh.arbetsformedlingenWork(), draft("ON_TRACK"))
                .statusCode(200);
        FollowUps.step(MEMBER_ARBETSFORMEDLINGEN, fresh.arbetsformedlingenWork(), "submit")
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + fresh.id() + "/report")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("goalAreas[0].assessments", hasSize(1))
                .body("goalAreas[0].aggregateStatus", equalTo("NOT_ON_TRACK"))
                .body("goalAreas[1].assessments", hasSize(0))
                .body("goalAreas[1].aggregateStatus", equalTo("NOT_ASSESSED"))
                .body("summary", nullValue());
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .get(ROUNDS + "/" + fresh.id() + "/report.pdf")
                        .then(),
                "export-needs-compiled");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .get(ROUNDS + "/" + fresh.id() + "/report.csv")
                        .then(),
                "export-needs-compiled");
    }

    @Test
    void theApprovedReportIsAPdfWithTheApprovedText() throws IOException {
        roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile").statusCode(200);
        String draftPdf = text(COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + round.id() + "/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());
        assertTrue(draftPdf.contains("Sammanställd, ännu inte fastställd (utkast)"), draftPdf);
        ANONYMOUS
                .request()
                .get(ROUNDS + "/" + round.id() + "/report.pdf")
                .then()
                .statusCode(404);

        roundStep(COORDINATOR_VASTMANLAND, round.id(), "approve").statusCode(200);
        byte[] pdf = ANONYMOUS
                .request()
                .get(ROUNDS + "/" + round.id() + "/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"uppfoljning-2027-" + round.id() + ".pdf\""))
                .extract()
                .asByteArray();
        String text = text(pdf);
        String title = ADMIN.request()
                .get("/api/v1/agreements/" + round.agreement().id())
                .path("title");
        for (String expected : List.of(
                "Uppföljning 2027",
                title,
                "Fastställd av Integrationsrådet den 2026-02-14",
                "Sammanfattning: arbetet går framåt men bosättningen släpar efter.",
                "1 Arbete och praktik: Delvis i fas",
                "2 Bosättning: Inte i fas",
                "Samlad bedömning: Delvis i fas",
                "Västerås stad",
                "Arbetsförmedlingen Norra Mälardalen",
                "Läget: bostadsbristen består.",
                "Språkpraktik i kommunen",
                "Resultat: Tolv personer fick anställning",
                "Finansiering: §37",
                "Andel i tillfälligt boende",
                "Västerås, totalt: 12 %",
                "Kvinnor: 41 % (når inte målet)",
                "Utveckling Totalt: 2026: 40, 2027: 45 – förbättring",
                "Indikatorer för hela överenskommelsen")) {
            assertTrue(text.contains(expected), "PDF lacks \"" + expected + "\":\n" + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getNumberOfPages() >= 4, "title, summary and one page per goal area");
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4");
        }
    }

    @Test
    void theApprovedReportIsACsvTable() {
        roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile").statusCode(200);
        roundStep(COORDINATOR_VASTMANLAND, round.id(), "approve").statusCode(200);
        String csv = ANONYMOUS
                .request()
                .get(ROUNDS + "/" + round.id() + "/report.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertEquals(
                "record,goal_area,goal_area_title,organisation,status,title,text,result,organisations,funding_source,unit,year,"
                        + "municipality,gender,value,approved_by,approved_on",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("REPORT,,,,APPROVED,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",2027,,,,Integrationsrådet,2026-02-14"), lines.get(1));
        assertTrue(
                lines.contains(
                        "GOAL_AREA,1,Arbete och praktik,,PARTLY,,Alla nyanlända har tillgång till en bostad oavsett kön.,,,,,,,,,,"),
                csv);
        assertTrue(
                lines.contains(
                        "GOAL_AREA,2,Bosättning,,NOT_ON_TRACK,,Alla nyanlända har tillgång till en bostad oavsett kön.,,,,,,,,,,"),
                csv);
        assertTrue(
                lines.contains(
                        "ACTIVITY,1,Arbete och praktik,Västerås stad,,Språkpraktik i kommunen,Tjugo platser i äldreomsorgen,"
                                + "Tolv personer fick anställning,Västerås stad,§37,,,,,,,"),
                csv);
        assertTrue(
                lines.contains(
                        "INDICATOR_VALUE,1,Arbete och praktik,,,Andel nyanlända i arbete inom två år,,,,,%,2027,,WOMEN,41,,"),
                csv);
        assertTrue(
                lines.contains("INDICATOR_VALUE,2,Bosättning,,,Andel i tillfälligt boende,,,,,%,2026,1980,TOTAL,15,,"),
                csv);
        assertEquals(4, lines.stream().filter(l -> l.startsWith("ASSESSMENT,")).count());
        assertTrue(lines.stream().noneMatch(l -> l.contains(",2028,")), "values after the round's year are left out");
    }

    @Test
    void theCsvKeepsLineBreaksAndNeverHandsASpreadsheetAFormula() throws IOException {
        TestRound fresh = FollowUps.openRound();
        String situation = "=HYPERLINK(\"https://example.com\";\"Klicka\")\nAndra raden, med \"citat\"; och komma";
        Map<String, Object> body = draft("PARTLY");
        body.put("situation", situation);
        body.put(
                "activities",
                List.of(Map.of(
                        "title",
                        "-2+3",
                        "description",
                        "@SUM(A1)",
                        "result",
                        "+46 8 123 45",
                        "fundingSource",
                        "§37",
                        "organisationIds",
                        List.of(DemoDataLoader.organisationId("vasteras-stad").toString()))));
        FollowUps.accepted(MEMBER_VASTERAS, fresh.vasterasWork(), body);
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, fresh.arbetsformedlingenWork(), draft("ON_TRACK"));
        FollowUps.accepted(MEMBER_VASTERAS, fresh.vasterasHousing(), draft("ON_TRACK"));
        FollowUps.accepted(MEMBER_ARBETSFORMEDLINGEN, fresh.arbetsformedlingenHousing(), draft("ON_TRACK"));
        roundStep(COORDINATOR_VASTMANLAND, fresh.id(), "compile").statusCode(200);

        String csv = COORDINATOR_VASTMANLAND
                .request()
                .get(ROUNDS + "/" + fresh.id() + "/report.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<CSVRecord> records = CSVParser.parse(csv, CSVFormat.RFC4180).getRecords();
        CSVRecord assessment = records.stream()
                .filter(r -> r.get(0).equals("ASSESSMENT") && r.get(6).contains("HYPERLINK"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(csv));
        // The line break and quotes survive; the leading = does not start a formula.
        assertEquals("'" + situation, assessment.get(6));
        CSVRecord activity = records.stream()
                .filter(r -> r.get(0).equals("ACTIVITY") && r.get(5).equals("'-2+3"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(csv));
        assertEquals(
                List.of("'-2+3", "'@SUM(A1)", "'+46 8 123 45"),
                List.of(activity.get(5), activity.get(6), activity.get(7)));
        assertEquals("2027", records.get(1).get(11), "numbers are written as numbers");

        // The Swedish Excel variant: byte order mark, semicolons, the same cells.
        byte[] excel = COORDINATOR_VASTMANLAND
                .request()
                .queryParam("dialect", "excel-sv")
                .get(ROUNDS + "/" + fresh.id() + "/report.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(excel[0], excel[1], excel[2]));
        String excelText = new String(excel, 3, excel.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        // For people: Swedish column names and codes; every other cell as in the RFC 4180 file.
        assertTrue(excelText.startsWith("Post;Målområde;Målområdets namn;Organisation;Status;"), excelText);
        List<CSVRecord> excelRecords = CSVParser.parse(
                        excelText, CSVFormat.RFC4180.builder().setDelimiter(';').get())
                .getRecords();
        assertEquals(
                records.stream().skip(1).map(FollowUpReportTest::forPeople).toList(),
                excelRecords.stream().skip(1).map(CSVRecord::toList).toList());
        assertTrue(excelText.contains("\r\nRapport;;;;Sammanställd;"), excelText);
        assertTrue(excelText.contains("\r\nBedömning;1;Arbete och praktik;Västerås stad;Delvis i fas;"), excelText);
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("dialect", "excel")
                .get(ROUNDS + "/" + fresh.id() + "/report.csv")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dialect"));
    }

    /** A record of the RFC 4180 report as the Swedish-Excel one writes it: kinds, statuses and genders in Swedish. */
    private static List<String> forPeople(CSVRecord machine) {
        List<String> cells = new java.util.ArrayList<>(machine.toList());
        ReportCsv.Record kind = ReportCsv.Record.valueOf(cells.get(0));
        cells.set(0, kind.swedish());
        if (!cells.get(4).isEmpty()) {
            cells.set(
                    4,
                    kind == ReportCsv.Record.REPORT
                            ? RoundStatus.valueOf(cells.get(4)).swedish()
                            : GoalStatus.valueOf(cells.get(4)).swedish());
        }
        if (!cells.get(13).isEmpty()) {
            cells.set(13, Gender.valueOf(cells.get(13)).swedish());
        }
        return cells;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
