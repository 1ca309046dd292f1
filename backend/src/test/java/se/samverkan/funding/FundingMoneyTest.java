package se.samverkan.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Fundings.PROJECTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.Fundings;

/**
 * Money is summed exactly: öre that binary floating point would lose (0.10 + 0.20) add up, per goal area, programme,
 * municipality and year, to hand-computed totals. Each test uses a year no other test uses.
 */
@QuarkusTest
class FundingMoneyTest {

    private static Map<String, Object> project(String programme, int year, List<String> amounts, List<String> areas) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fundings.unique("Projekt"));
        body.put("countyCode", "19");
        body.put("ownerOrganisationId", Fundings.organisation("vasteras-stad"));
        body.put("status", "ONGOING");
        body.put(
                "budget",
                amounts.stream()
                        .map(a -> {
                            Map<String, Object> line = new HashMap<>();
                            line.put("programmeId", programme);
                            line.put("year", year);
                            line.put("amount", a);
                            return line;
                        })
                        .toList());
        body.put("goalAreaIds", areas);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void totalsPerGoalAreaProgrammeMunicipalityAndYearAreExactToTheOre() {
        String programme = Fundings.programme();
        String other = Fundings.programme();
        String area36 = Fundings.goalArea(Agreements.VASTMANLAND_ROK, "3.6");
        String area32 = Fundings.goalArea(Agreements.VASTMANLAND_ROK, "3.2");
        int year = 2038;
        // A: 0.10 + 0.20 on 3.6 and 3.2; B: 1 234 567.89 on 3.6 from another programme; C: no amount stated.
        String a = create(project(programme, year, List.of("0.10", "0.20"), List.of(area36, area32)));
        create(project(other, year, List.of("1234567.89"), List.of(area36)));
        Map<String, Object> c = project(programme, year, List.of(), List.of(area36));
        c.put("budget", List.of(Map.of("programmeId", programme, "year", year)));
        create(c);
        ANONYMOUS.request().get(PROJECTS + "/" + a).then().statusCode(200).body("budgetTotal", equalTo("0.30"));

        ValidatableResponse summary = ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("year", year)
                .get(Fundings.PATH + "/summary")
                .then()
                .statusCode(200);
        // By hand: 0.10 + 0.20 + 1 234 567.89 = 1 234 568.19; 3.6 holds all of it, 3.2 only A's 0.30.
        summary.body("total", equalTo("1234568.19"))
                .body("byGoalArea.find { it.key == '" + area36 + "' }.amount", equalTo("1234568.19"))
                .body("byGoalArea.find { it.key == '" + area36 + "' }.projects", equalTo(2))
                .body("byGoalArea.find { it.key == '" + area32 + "' }.amount", equalTo("0.30"))
                .body("byGoalArea.find { it.key == '" + area32 + "' }.label", startsWith("3.2 "))
                .body("byProgramme.find { it.key == '" + programme + "' }.amount", equalTo("0.30"))
                .body("byProgramme.find { it.key == '" + other + "' }.amount", equalTo("1234567.89"))
                .body("byMunicipality.find { it.key == '1980' }.amount", equalTo("1234568.19"))
                .body("byYear", hasSize(1))
                .body("byYear[0].amount", equalTo("1234568.19"));
        // The same sum in BigDecimal, and not what doubles give.
        assertEquals(
                new BigDecimal("1234568.19"),
                new BigDecimal("0.10").add(new BigDecimal("0.20")).add(new BigDecimal("1234567.89")));
    }

    @Test
    void appliedAgainstGrantedSumsTheGrantedApplications() {
        String programme = Fundings.programme();
        Map<String, Object> callBody = Fundings.call(programme, "19", 2037, "2099-12-31");
        String call = Fundings.createCall(COORDINATOR_VASTMANLAND, callBody);
        Fundings.status(COORDINATOR_VASTMANLAND, Fundings.CALLS + "/" + call, Map.of("status", "OPEN"))
                .statusCode(200);
        String first = Fundings.inReview(call, Fundings.application("vasteras-stad", "100000.10"));
        String second = Fundings.inReview(call, Fundings.application("vasteras-stad", "50000.20"));
        String rejected = Fundings.inReview(call, Fundings.application("vasteras-stad", "999.99"));
        Fundings.decide(COORDINATOR_VASTMANLAND, first, Fundings.grant("60000.05"))
                .statusCode(200);
        Fundings.decide(COORDINATOR_VASTMANLAND, second, Fundings.grant("50000.20"))
                .statusCode(200);
        Fundings.decide(
                        COORDINATOR_VASTMANLAND,
                        rejected,
                        Map.of("outcome", "REJECTED", "decidedOn", "2037-02-01", "reason", "Utanför prioriteringarna"))
                .statusCode(200);
        // By hand: applied 100 000.10 + 50 000.20 = 150 000.30; granted 60 000.05 + 50 000.20 = 110 000.25.
        ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("year", 2037)
                .get(Fundings.PATH + "/summary")
                .then()
                .statusCode(200)
                .body("appliedGranted", hasSize(1))
                .body("appliedGranted[0].applied", equalTo("150000.30"))
                .body("appliedGranted[0].granted", equalTo("110000.25"))
                .body("appliedGranted[0].applications", equalTo(2))
                .body("total", equalTo("110000.25"));
    }

    @Test
    void projectsExportAsCsvInBothDialectsAndAsXlsx() throws Exception {
        String programme = Fundings.programme();
        Map<String, Object> body = project(programme, 2036, List.of("1234.50"), List.of());
        body.put("name", "=Formel som text " + System.nanoTime());
        create(body);
        String rfc = ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("year", 2036)
                .get(PROJECTS + ".csv")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertEquals(
                "project,county,owner,municipality,partners,status,startsOn,endsOn,source,year,amount,goalAreas",
                rfc.lines().findFirst().orElseThrow());
        String row = rfc.lines().skip(1).findFirst().orElseThrow();
        assertEquals(true, row.startsWith("'=Formel som text"), row);
        assertEquals(true, row.contains(",2036,1234.50,"), row);
        assertEquals(true, row.contains(",ONGOING,"), row);
        String excel = ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("year", 2036)
                .queryParam("dialect", "excel-sv")
                .get(PROJECTS + ".csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // For people: Swedish column names and the status in Swedish.
        assertEquals(true, excel.startsWith("\uFEFFProjekt;Län;Projektägare;"), excel.substring(0, 30));
        assertEquals(true, excel.contains(";Pågår;"), excel);
        assertEquals(false, excel.contains("ONGOING"), excel);
        assertEquals(true, excel.contains(";2036;1234,50;"), excel);
        byte[] xlsx = ANONYMOUS
                .request()
                .queryParam("county", "19")
                .queryParam("year", 2036)
                .get(PROJECTS + ".xlsx")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(1);
            assertEquals("Projekt", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Pågår", first.getCell(5).getStringCellValue());
            assertEquals(true, first.getCell(0).getStringCellValue().startsWith("=Formel"));
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.STRING,
                    first.getCell(0).getCellType());
            assertEquals(1234.50, first.getCell(10).getNumericCellValue());
        }
        ANONYMOUS
                .request()
                .queryParam("dialect", "excel")
                .get(PROJECTS + ".csv")
                .then()
                .statusCode(400);
    }

    @Test
    void projectsAreRegisteredByTheirCountyAndEditedByTheirOwner() {
        Map<String, Object> body = project(Fundings.programme(), 2035, List.of("10.00"), List.of());
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(403);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(401);
        body.put("budget", List.of(Map.of("year", 2035, "amount", "1.00")));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budget[0].source"));
    }
}
