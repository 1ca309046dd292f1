package se.samverkan.resultsreport;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTERBOTTEN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.DemoUser.NATIONAL_READER;
import static se.samverkan.support.ResultsReports.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.ResultsReports;

/** A county's results report from draft to the national compilation: who may do what, the rules, races, exports. */
@QuarkusTest
class ResultsReportFlowTest {

    private static final String NATIONAL = "/api/v1/national-results/";

    @Test
    void theCoordinatorDraftsWritesAndApprovesAndThePublicSeesItOnlyThen() {
        String id = ResultsReports.draft(COORDINATOR_VASTMANLAND, "19");
        int year = COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body(
                        "parts.assignment",
                        contains(
                                "SITUATION_REPORTS",
                                "PREPAREDNESS_AND_CAPACITY",
                                "UNACCOMPANIED_CHILDREN",
                                "EARLY_MEASURES",
                                "DEVELOPMENT_FUNDS",
                                "CIVIC_ORIENTATION",
                                "INFORMATIONSVERIGE"))
                .body("permissions.edit", equalTo(true))
                .body("permissions.approve", equalTo(true))
                .extract()
                .path("year");

        // A draft is nobody else's business: the public, a member, another county's coordinator.
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(404);
        MEMBER_VASTERAS.request().get(PATH + "/" + id).then().statusCode(404);
        COORDINATOR_VASTRA_GOTALAND.request().get(PATH + "/" + id).then().statusCode(404);
        COORDINATOR_VASTERBOTTEN.request().get(PATH + "/" + id).then().statusCode(404);
        ANONYMOUS.request().get(PATH + "?county=19").then().statusCode(200).body("id", not(hasItem(id)));
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(PATH + "?county=19")
                .then()
                .statusCode(200)
                .body("id", not(hasItem(id)));
        // The national reader reads it, but does not write it.
        NATIONAL_READER.request().get(PATH + "/" + id).then().statusCode(200).body("permissions.edit", equalTo(false));
        NATIONAL_READER
                .request()
                .get(PATH + "?year=" + year)
                .then()
                .statusCode(200)
                .body("id", hasItem(id));

        Map<String, Object> parts = Map.of(
                "parts", List.of(ResultsReports.part("PREPAREDNESS_AND_CAPACITY", "Beredskapen är god i länet.")));
        // Others are refused: another county's coordinator cannot see it, a member may not write, the reader neither.
        String etag = ResultsReports.etag(COORDINATOR_VASTMANLAND, id);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(404);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(403);
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(403)
                .body("detail", containsString("19"));
        // Without If-Match, or with a stale one, nothing is written.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(412);

        String written = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(200)
                .body("parts[1].assessment", equalTo("Beredskapen är god i länet."))
                .body("parts[1].successFactors", equalTo("Samverkan i länet"))
                .body("parts[0].assessment", nullValue())
                .extract()
                .header("ETag");

        // Not yet in the compilation: drafts never are.
        ANONYMOUS
                .request()
                .get(NATIONAL + year)
                .then()
                .statusCode(200)
                .body("assignments[1].counties", hasSize(0))
                .body("counties.find { it.countyCode == '19' }.reportId", nullValue());

        // A member may not approve; the coordinator of another county does not see it.
        MEMBER_VASTERAS
                .request()
                .header("If-Match", written)
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(403);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .header("If-Match", written)
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(404);
        String approved = COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", written)
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedAt", notNullValue())
                .body("approvedBy", equalTo("coordinator.vastmanland"))
                .body("permissions.edit", equalTo(false))
                .body("permissions.approve", equalTo(false))
                .extract()
                .header("ETag");

        // What was submitted stays: no edit, no second approval.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", approved)
                .body(parts)
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(409)
                .body("rule", equalTo("results-report-approved"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", approved)
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(409)
                .body("rule", equalTo("status-unchanged"));

        // Now public, and in the national compilation with the county's words.
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(200).body("permissions.edit", equalTo(false));
        ANONYMOUS
                .request()
                .get(NATIONAL + year)
                .then()
                .statusCode(200)
                .body("assignments[1].assignment", equalTo("PREPAREDNESS_AND_CAPACITY"))
                .body("assignments[1].counties.countyCode", contains("19"))
                .body("assignments[1].counties[0].assessment", equalTo("Beredskapen är god i länet."))
                .body("assignments[0].counties", hasSize(0))
                .body("counties", hasSize(21))
                .body("counties.find { it.countyCode == '19' }.reportId", equalTo(id));
        String csv = ANONYMOUS
                .request()
                .get(NATIONAL + year + ".csv")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("resultatredovisningar-" + year + ".csv"))
                .extract()
                .asString();
        assertTrue(
                csv.startsWith("year,assignment,assignment_label,county_code,county,national_summary,assessment,"),
                csv);
        assertTrue(csv.contains("PREPAREDNESS_AND_CAPACITY"), csv);
        assertTrue(csv.contains("Beredskapen är god i länet."), csv);
        // For people: Swedish column names, the assignment by its Swedish name only (no code column).
        String excel = ANONYMOUS
                .request()
                .queryParam("dialect", "excel-sv")
                .get(NATIONAL + year + ".csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(excel.startsWith("\uFEFFÅr;Uppdrag;Länskod;Län;Nationell sammanfattning;Bedömning;"), excel);
        assertTrue(
                excel.contains(";Beredskap och kapacitet i mottagandet av nyanlända;19;Västmanlands län;;"
                        + "Beredskapen är god i länet.;"),
                excel);
        assertFalse(excel.contains("PREPAREDNESS_AND_CAPACITY"), excel);

        // The history names who wrote and who approved.
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("action", hasItem("STATUS_CHANGED"))
                .body("action", hasItem("UPDATED"));
        ANONYMOUS.request().get(PATH + "/" + id + "/history").then().statusCode(401);
        MEMBER_VASTERAS.request().get(PATH + "/" + id + "/history").then().statusCode(403);
    }

    @Test
    void oneReportPerCountyAndYearAndOnlyTheCountysCoordinatorsDraftIt() {
        int year = ResultsReports.freeYear("19");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("19", year))
                .post(PATH)
                .then()
                .statusCode(201);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("19", year))
                .post(PATH)
                .then()
                .statusCode(409)
                .body("rule", equalTo("one-results-report-per-year"))
                .body("errors[0].field", equalTo("year"));
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("19", year + 1))
                .post(PATH)
                .then()
                .statusCode(403);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("19", year + 1))
                .post(PATH)
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("19", year + 1))
                .post(PATH)
                .then()
                .statusCode(401);
        // A grant is enough: Västerbotten's coordinator (grant only) drafts Västerbotten's.
        COORDINATOR_VASTERBOTTEN
                .request()
                .contentType(ContentType.JSON)
                .body(ResultsReports.input("24", ResultsReports.freeYear("24")))
                .post(PATH)
                .then()
                .statusCode(201);
        // Bad input names the field.
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("countyCode", "99", "year", year))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("countyCode"));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("countyCode", "19", "year", 1999))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void aPartIsNamedOnceAndItsTextsAreBounded() {
        String id = ResultsReports.draft(COORDINATOR_VASTMANLAND, "19");
        String etag = ResultsReports.etag(COORDINATOR_VASTMANLAND, id);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of(
                        "parts",
                        List.of(
                                ResultsReports.part("EARLY_MEASURES", "A"),
                                ResultsReports.part("EARLY_MEASURES", "B"))))
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parts[1].assignment"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("parts", List.of(ResultsReports.part("EARLY_MEASURES", "x".repeat(20001)))))
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("assessment"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("parts", List.of(Map.of("assignment", "NO_SUCH_ASSIGNMENT"))))
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(400);
        // Nothing was stored by the refusals.
        assertEquals(etag, ResultsReports.etag(COORDINATOR_VASTMANLAND, id));
    }

    @Test
    void twoApprovalsAtOnceOneWinsAndTheOtherIsRefused() throws Exception {
        String id = ResultsReports.draft(COORDINATOR_VASTMANLAND, "19");
        String etag = ResultsReports.etag(COORDINATOR_VASTMANLAND, id);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (var user : List.of(COORDINATOR_VASTMANLAND, ADMIN)) {
            user.accessToken();
            answers.add(pool.submit(() -> {
                start.await();
                return user.request()
                        .header("If-Match", etag)
                        .post(PATH + "/" + id + "/approval")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(200, statuses.get(0), statuses.toString());
        assertTrue(statuses.get(1) == 409 || statuses.get(1) == 412, statuses.toString());
        // Approved once: one status change in the history.
        List<String> actions = ADMIN.request()
                .get(PATH + "/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("action");
        assertEquals(1, actions.stream().filter("STATUS_CHANGED"::equals).count(), actions.toString());
    }

    @Test
    void theNationalSummaryOf2021IsTheCompilationInTheSeedsWords() throws Exception {
        ANONYMOUS
                .request()
                .get(NATIONAL + "2021")
                .then()
                .statusCode(200)
                .body("title", equalTo("Så gick arbetet med integration under 2021"))
                .body("introduction", containsString("Varje år lämnar länsstyrelserna resultatredovisningar"))
                .body("provenance.kind", equalTo("SOURCE"))
                .body("assignments", hasSize(7))
                .body(
                        "assignments[4].nationalSummary",
                        containsString("arbetet med §37- och §37a-medeln under 2021 har fungerat mycket väl"))
                .body("assignments[6].nationalSummary", containsString("cirka 5,3 miljoner sidvisningar"));
        byte[] pdf = ANONYMOUS
                .request()
                .get(NATIONAL + "2021.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ensamkommande barn och unga"), text);
            assertTrue(text.contains("Informationsverige.se"), text);
        }
        // A year without anything held is an empty compilation, not an error; a year out of range is refused.
        ANONYMOUS
                .request()
                .get(NATIONAL + "2099")
                .then()
                .statusCode(200)
                .body("title", nullValue())
                .body("assignments[0].counties", hasSize(0));
        ANONYMOUS.request().get(NATIONAL + "1999").then().statusCode(400);
        ANONYMOUS.request().get(NATIONAL + "1999.csv").then().statusCode(400);
    }

    @Test
    void theDemoDraftOfVastmanlandIsSampleDataAndHidden() {
        String id = DemoDataLoader.resultsReportId("vastmanland-2022").toString();
        ANONYMOUS.request().get(PATH + "/" + id).then().statusCode(404);
        COORDINATOR_VASTMANLAND
                .request()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("year", equalTo(2022))
                .body("provenance.kind", equalTo("SAMPLE"));
    }
}
