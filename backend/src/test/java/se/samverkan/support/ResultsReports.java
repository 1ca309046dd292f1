package se.samverkan.support;

import static se.samverkan.support.DemoUser.ADMIN;

import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Results reports (issue 16) for tests: each test drafts its own in a year nobody else used. */
public final class ResultsReports {

    public static final String PATH = "/api/v1/results-reports";

    private ResultsReports() {}

    /** The first year from 2040 on without a report of the county (other tests and runs take theirs). */
    public static synchronized int freeYear(String countyCode) {
        List<Integer> taken = ADMIN.request()
                .get(PATH + "?county=" + countyCode)
                .then()
                .statusCode(200)
                .extract()
                .path("year");
        Set<Integer> years = new HashSet<>(taken);
        int year = 2040;
        while (years.contains(year)) {
            year++;
        }
        return year;
    }

    public static Map<String, Object> input(String countyCode, int year) {
        return new java.util.LinkedHashMap<>(Map.of("countyCode", countyCode, "year", year));
    }

    /** Drafts the county's report of a free year as the user; answers its id. */
    public static synchronized String draft(DemoUser user, String countyCode) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(input(countyCode, freeYear(countyCode)))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A report of a free year with one part written, approved; answers its id. */
    public static synchronized String approved(DemoUser user, String countyCode) {
        String id = draft(user, countyCode);
        String written = user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(user, id))
                .body(Map.of("parts", List.of(part("CIVIC_ORIENTATION", "Kommunerna erbjuder samhällsorientering."))))
                .put(PATH + "/" + id + "/parts")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        user.request()
                .header("If-Match", written)
                .post(PATH + "/" + id + "/approval")
                .then()
                .statusCode(200);
        return id;
    }

    public static String etag(DemoUser user, String id) {
        return user.request()
                .get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static Map<String, Object> part(String assignment, String assessment) {
        return Map.of(
                "assignment",
                assignment,
                "assessment",
                assessment,
                "successFactors",
                "Samverkan i länet",
                "areasToDevelop",
                "Uppföljning per kön");
    }
}
