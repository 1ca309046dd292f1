package se.samverkan.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.FollowUps.INDICATORS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Indicators;

/** CSV import: all or nothing, with a report of every bad row; the export is the same format, so it round-trips. */
@QuarkusTest
class IndicatorValuesCsvTest {

    private static final String GOOD =
            """
            year,municipality,gender,value
            2026,1980,WOMEN,"31,5"
            2026,1980,MEN,38.25
            2026,1980,TOTAL,35
            2026,1984,,12
            2027,1980,women,33
            """;

    @Test
    void aValidFileReplacesEveryValueAndExportsTheSameRows() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "MUNICIPALITY", true);
        importCsv(COORDINATOR_VASTMANLAND, indicator, "year,municipality,gender,value\n2020,1981,TOTAL,1\n")
                .statusCode(200)
                .body("imported", equalTo(1))
                .body("replaced", equalTo(0));
        importCsv(COORDINATOR_VASTMANLAND, indicator, GOOD)
                .statusCode(200)
                .header("ETag", equalTo(Indicators.etag(indicator)))
                .body("imported", equalTo(5))
                .body("replaced", equalTo(1))
                .body("years", equalTo(List.of(2026, 2027)));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(200)
                .body("$", hasSize(5))
                .body("find { it.year == 2026 && it.gender == 'WOMEN' }.value", equalTo(31.5f))
                .body("find { it.year == 2026 && it.gender == 'WOMEN' }.municipalityName", equalTo("Västerås"))
                .body("find { it.municipalityCode == '1984' }.gender", equalTo("TOTAL"));
        String exported = ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract()
                .asString();
        assertEquals(
                """
                year,municipality,gender,value\r
                2026,1980,TOTAL,35\r
                2026,1980,WOMEN,31.5\r
                2026,1980,MEN,38.25\r
                2026,1984,TOTAL,12\r
                2027,1980,WOMEN,33\r
                """,
                exported);
        // Round trip: importing the export stores exactly the same.
        importCsv(COORDINATOR_VASTMANLAND, indicator, exported)
                .statusCode(200)
                .body("imported", equalTo(5))
                .body("replaced", equalTo(5));
        assertEquals(
                exported,
                ANONYMOUS
                        .request()
                        .get(INDICATORS + "/" + indicator + "/values.csv")
                        .then()
                        .extract()
                        .asString());
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator)
                .then()
                .body("valueCount", equalTo(5))
                .body("valueYears", equalTo(List.of(2026, 2027)));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsStored() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "MUNICIPALITY", false);
        importCsv(COORDINATOR_VASTMANLAND, indicator, "year,municipality,gender,value\n2025,1980,TOTAL,40\n")
                .statusCode(200);
        String bad =
                """
                year,municipality,gender,value
                2026,1980,TOTAL,41
                2026,9999,TOTAL,10
                2026,0180,TOTAL,10
                2026,,TOTAL,10
                2026,1981,WOMEN,10
                1850,1981,TOTAL,10
                2026,1982,TOTAL,tio
                2026,1980,TOTAL,42
                2026,1983,TOTAL,12,5
                2026,1984,FLICKOR,
                twenty,1984,TOTAL,"1,5"
                2026,1984,TOTAL,1.23456
                "2026,1984,TOTAL,1
                """;
        importCsv(COORDINATOR_VASTMANLAND, indicator, bad)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body(
                        "errors.field",
                        equalTo(List.of(
                                "row 3: municipality",
                                "row 4: municipality",
                                "row 5: municipality",
                                "row 6: gender",
                                "row 7: year",
                                "row 8: value",
                                "row 9",
                                "row 10",
                                "row 11: gender",
                                "row 11: value",
                                "row 12: year",
                                "row 13: value",
                                "row 14")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "no municipality has the code 9999",
                                "Stockholm (0180) is not in county 19",
                                "is required: the indicator has a value per municipality",
                                "must be TOTAL or empty: the indicator has no gender breakdown",
                                "must be between 1990 and 2100",
                                "is not a number: \"tio\"",
                                "repeats row 2 (same year, municipality and gender)",
                                "has 5 columns, expected 4 (year,municipality,gender,value); put a decimal comma in quotes: \"12,5\"",
                                "must be TOTAL, WOMEN or MEN (Totalt, Kvinnor or Män), not \"FLICKOR\"",
                                "is required",
                                "is not a year: \"twenty\"",
                                "must have at most 4 decimals",
                                "has a quote that is not closed")));
        // Nothing stored: the earlier value is still the only one, and the version did not move.
        String etag = Indicators.etag(indicator);
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values")
                .then()
                .body("$", hasSize(1))
                .body("[0].year", equalTo(2025))
                .body("[0].value", equalTo(40));
        importCsv(COORDINATOR_VASTMANLAND, indicator, bad).statusCode(400);
        assertEquals(etag, Indicators.etag(indicator));
    }

    @Test
    void controlCharactersAreRefusedPerCellAndQuotedLineBreaksAreRead() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "MUNICIPALITY", true);
        // Row 3 spans two lines inside quotes: a spreadsheet row, so the next record is row 4.
        String file = "year,municipality,gender,value\r\n2026,1980,TOTAL,1\r\n2026,\"1981\n\",TOTAL,2\r\n"
                + "2026,1982,TOT\u0000AL,3\r\n2026\u0007,1983\u001B,TOTAL,4\r\n2026,1984,TOTAL,\"\t5\"\r\n2026,1904,TOTAL,x\r\n";
        importCsv(COORDINATOR_VASTMANLAND, indicator, file)
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("row 4: gender", "row 5: year", "row 5: municipality", "row 7: value")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "contains a control character (U+0000); only tab and line breaks are allowed",
                                "contains a control character (U+0007); only tab and line breaks are allowed",
                                "contains a control character (U+001B); only tab and line breaks are allowed",
                                "is not a number: \"x\"")));
        ANONYMOUS.request().get(INDICATORS + "/" + indicator + "/values").then().body("$", hasSize(0));
        importCsv(COORDINATOR_VASTMANLAND, indicator, file.substring(0, file.indexOf("2026,1982")))
                .statusCode(200)
                .body("imported", equalTo(2));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values")
                .then()
                .body("find { it.municipalityCode == '1981' }.value", equalTo(2));
    }

    @Test
    void negativeValuesStayNumbersAndTheSwedishExcelDialectRoundTrips() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", true);
        importCsv(
                        COORDINATOR_VASTMANLAND,
                        indicator,
                        "year,municipality,gender,value\n2026,,TOTAL,-3.5\n2026,,WOMEN,\"-1,25\"\n")
                .statusCode(200);
        String exported = ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals("year,municipality,gender,value\r\n2026,,TOTAL,-3.5\r\n2026,,WOMEN,-1.25\r\n", exported);

        byte[] excel = ANONYMOUS
                .request()
                .queryParam("dialect", "excel-sv")
                .get(INDICATORS + "/" + indicator + "/values.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray();
        // For people: Swedish column names and genders; the import takes the file back as it is.
        assertEquals(
                "\uFEFFÅr;Kommunkod;Kön;Värde\r\n2026;;Totalt;-3,5\r\n2026;;Kvinnor;-1,25\r\n",
                new String(excel, StandardCharsets.UTF_8));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .queryParam("dialect", "excel-sv")
                .body(excel)
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("replaced", equalTo(2));
        assertEquals(
                exported,
                ANONYMOUS
                        .request()
                        .get(INDICATORS + "/" + indicator + "/values.csv")
                        .then()
                        .extract()
                        .asString());
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .queryParam("dialect", "excel-sv")
                .body("year;municipality;gender;value\n2026;;TOTAL;1;5\n")
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("row 2"))
                .body("errors[0].message", equalTo("has 5 columns, expected 4 (year;municipality;gender;value)"));
        // The header tells the separator, whatever dialect was asked for (or none); either names, in any order.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .body(excel)
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2));
        assertEquals(
                exported,
                ANONYMOUS
                        .request()
                        .get(INDICATORS + "/" + indicator + "/values.csv")
                        .then()
                        .extract()
                        .asString());
        importCsv(COORDINATOR_VASTMANLAND, indicator, "Kön,värde,ÅR,kommunkod\nMän,2.5,2026,\nkvinnor,\"1,5\",2026,\n")
                .statusCode(200)
                .body("imported", equalTo(2));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .queryParam("dialect", "excel-sv")
                .body("year,municipality,gender,value\r\n2026,,MEN,\"2,5\"\r\n")
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1));
        ANONYMOUS
                .request()
                .get(INDICATORS + "/" + indicator + "/values")
                .then()
                .body("$", hasSize(1))
                .body("[0].gender", equalTo("MEN"))
                .body("[0].value", equalTo(2.5f));
        ANONYMOUS
                .request()
                .queryParam("dialect", "xlsx")
                .get(INDICATORS + "/" + indicator + "/values.csv")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dialect"));
    }

    @Test
    void countyWideIndicatorsTakeNoMunicipality() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", true);
        importCsv(
                        COORDINATOR_VASTMANLAND,
                        indicator,
                        "year,municipality,gender,value\n2026,1980,TOTAL,1\n2026,,MEN,2\n")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("row 2: municipality")))
                .body("errors[0].message", equalTo("must be empty: the indicator is for the whole county"));
        importCsv(COORDINATOR_VASTMANLAND, indicator, "\uFEFFYear, Municipality ,Gender,Value\r\n2026,,MEN,2\r\n\r\n")
                .statusCode(200)
                .body("imported", equalTo(1));
    }

    @Test
    void theFileItselfMustBeAValuesFile() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", false);
        importCsv(COORDINATOR_VASTMANLAND, indicator, "").statusCode(400).body("errors[0].field", equalTo("file"));
        importCsv(COORDINATOR_VASTMANLAND, indicator, "year,municipality,gender,value\n")
                .statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("has no rows of values below the header"));
        // An unknown column is named, and the column it should have been.
        importCsv(COORDINATOR_VASTMANLAND, indicator, "år;kommun;kön;värde\n2026;;TOTAL;1\n")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("row 1: header", "row 1: header")))
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "column 2 \"kommun\" is not a column of a values file: the header is "
                                        + "year,municipality,gender,value, or in Swedish År;Kommunkod;Kön;Värde",
                                "has no column municipality (Kommunkod)")));
        importCsv(COORDINATOR_VASTMANLAND, indicator, "year,value,Värde\n2026,1,1\n")
                .statusCode(400)
                .body(
                        "errors.message",
                        equalTo(List.of(
                                "column 3 \"Värde\" repeats a column",
                                "has no column municipality (Kommunkod)",
                                "has no column gender (Kön)")));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .body(new byte[] {'y', 'e', 'a', 'r', (byte) 0xC3, (byte) 0x28})
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("is not UTF-8 text"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Indicators.etag(indicator))
                .body("{}")
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void largeFilesAreRefusedWith413AndStaleOnesWith412() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", false);
        StringBuilder large = new StringBuilder("year,municipality,gender,value\n");
        String row = "2026,,TOTAL,1.5\n";
        while (large.length() <= 5 * 1024 * 1024) {
            large.append(row);
        }
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", Indicators.etag(indicator))
                .body(large.toString().getBytes(StandardCharsets.UTF_8))
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:payload-too-large"));
        String stale = Indicators.etag(indicator);
        importCsv(COORDINATOR_VASTMANLAND, indicator, "year,municipality,gender,value\n2026,,TOTAL,1\n")
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .header("If-Match", stale)
                .body("year,municipality,gender,value\n2026,,TOTAL,2\n")
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType("text/csv")
                .body("year,municipality,gender,value\n2026,,TOTAL,2\n")
                .post(INDICATORS + "/" + indicator + "/values")
                .then()
                .statusCode(428);
        ANONYMOUS.request().get(INDICATORS + "/" + indicator + "/values").then().body("[0].value", equalTo(1));
    }

    @Test
    void onlyTheCountysCoordinatorAndAdminsImport() {
        String indicator = Indicators.create(FollowUps.adoptedAgreement().id(), null, "COUNTY", false);
        String csv = "year,municipality,gender,value\n2026,,TOTAL,3\n";
        importCsv(ANONYMOUS, indicator, csv).statusCode(401);
        importCsv(DemoUser.MEMBER_VASTERAS, indicator, csv).statusCode(403);
        importCsv(DemoUser.AGENCY_SYSTEM, indicator, csv).statusCode(403);
        importCsv(DemoUser.COORDINATOR_VASTRA_GOTALAND, indicator, csv).statusCode(403);
        importCsv(ADMIN, indicator, csv).statusCode(200);
    }

    static ValidatableResponse importCsv(DemoUser user, String indicatorId, String csv) {
        return user.request()
                .contentType("text/csv; charset=UTF-8")
                .header("If-Match", Indicators.etag(indicatorId))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(INDICATORS + "/" + indicatorId + "/values")
                .then();
    }
}
