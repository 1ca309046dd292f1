package se.samverkan.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;

/**
 * Every operation of openapi.yaml × every kind of caller, against the expected status in
 * src/test/resources/authorization-matrix.csv. The fixtures are the fuzz test's: things of Västmanland (county 19), so
 * its coordinator is "own", Västra Götaland's "other county", GR's federation coordinator "other federation",
 * Arbetsförmedlingen's member "other organisation", Migrationsverket's system the service account, the national
 * reader reads, Västerås stad's member (the fixtures' party, member and owner) is "own organisation", and the admin
 * acts everywhere. Writes carry a stale If-Match where they take one, so an allowed caller gets 412 and nothing changes;
 * a refused one 401, 403 or 404. An operation without a row fails the test: a new operation needs its row.
 * {@code -Dmatrix.record=true} rewrites the file from what the API answers (review the diff before committing it).
 *
 * <p>Funding (issue 13) has a second matrix, authorization-matrix-funding.csv, for its own parties: the fixture
 * application's applicant (Västerås stad's member), its co-applicant (Arbetsförmedlingen's member), another
 * organisation of the same county (Köpings kommun's member, a party to none of it), another county (Västra Götaland's
 * coordinator) and anonymous, on every funding operation.
 *
 * <p>What the scoped grants (issue 10) unlock where they apply is {@link GrantsAuthorizationMatrixTest}'s table,
 * authorization-matrix-grants.csv, sent through {@link #send} here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final Path SPEC = Path.of("..", "openapi.yaml");
    private static final Path MATRIX = Path.of("src", "test", "resources", "authorization-matrix.csv");
    private static final Path FUNDING_MATRIX = Path.of("src", "test", "resources", "authorization-matrix-funding.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The columns of the matrix: the kinds of caller, each played by a demo user. */
    static final Map<String, DemoUser> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("anonymous", DemoUser.ANONYMOUS);
        CALLERS.put("own", DemoUser.COORDINATOR_VASTMANLAND);
        CALLERS.put("otherCounty", DemoUser.COORDINATOR_VASTRA_GOTALAND);
        CALLERS.put("otherFederation", DemoUser.COORDINATOR_GR);
        CALLERS.put("otherOrganisation", DemoUser.MEMBER_ARBETSFORMEDLINGEN);
        CALLERS.put("serviceAccount", DemoUser.AGENCY_SYSTEM);
        CALLERS.put("nationalReader", DemoUser.NATIONAL_READER);
        CALLERS.put("ownOrganisation", DemoUser.MEMBER_VASTERAS);
        CALLERS.put("admin", DemoUser.ADMIN);
    }

    /** The parties of a funding application, and those who are none of them. */
    static final Map<String, DemoUser> FUNDING_CALLERS = new LinkedHashMap<>();

    static {
        FUNDING_CALLERS.put("anonymous", DemoUser.ANONYMOUS);
        FUNDING_CALLERS.put("applicant", DemoUser.MEMBER_VASTERAS);
        FUNDING_CALLERS.put("coApplicant", DemoUser.MEMBER_ARBETSFORMEDLINGEN);
        FUNDING_CALLERS.put("otherOrganisation", DemoUser.MEMBER_KOPING);
        FUNDING_CALLERS.put("otherCounty", DemoUser.COORDINATOR_VASTRA_GOTALAND);
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() throws IOException {
        check(CALLERS, MATRIX, path -> true);
    }

    @Test
    void everyFundingOperationAnswersTheApplicationsPartiesAsTheFundingMatrixSays() throws IOException {
        check(FUNDING_CALLERS, FUNDING_MATRIX, path -> path.startsWith("/api/v1/funding/"));
    }

    private void check(Map<String, DemoUser> callers, Path matrix, java.util.function.Predicate<String> paths)
            throws IOException {
        JsonNode spec = spec();
        OperationFuzzTest.Fixtures fixtures = OperationFuzzTest.Fixtures.create();
        Map<String, String> actual = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        spec.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (!paths.test(path.getKey())) {
                        return;
                    }
                    if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                        return;
                    }
                    String id = method.getValue().path("operationId").asText();
                    List<String> statuses = new ArrayList<>();
                    for (DemoUser caller : callers.values()) {
                        int status =
                                send(fixtures, method.getKey().toUpperCase(), path.getKey(), method.getValue(), caller);
                        if (status >= 500) {
                            failures.add(id + " answered " + status + " to " + caller);
                        }
                        statuses.add(Integer.toString(status));
                    }
                    actual.put(id, String.join(",", statuses));
                }));

        String header = "operationId," + String.join(",", callers.keySet());
        if (Boolean.getBoolean("matrix.record")) {
            List<String> lines = new ArrayList<>(List.of(header));
            actual.forEach((id, row) -> lines.add(id + "," + row));
            Files.write(matrix, lines, StandardCharsets.UTF_8);
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(matrix, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).equals(header), matrix + ": the matrix's columns are " + header);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                expected.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1));
            }
        }
        actual.forEach((id, row) -> {
            if (!expected.containsKey(id)) {
                failures.add(id + ": no row in " + matrix.getFileName() + " (answered " + row + ")");
            } else if (!expected.get(id).equals(row)) {
                failures.add(id + ": expected " + expected.get(id) + ", answered " + row);
            }
        });
        expected.keySet().stream()
                .filter(id -> !actual.containsKey(id))
                .forEach(id -> failures.add(id + ": a row for an operation openapi.yaml does not have"));
        assertTrue(failures.isEmpty(), header + "\n" + String.join("\n", failures));
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private int send(
            OperationFuzzTest.Fixtures fixtures, String method, String template, JsonNode operation, DemoUser caller) {
        return send(
                method,
                template,
                operation,
                caller,
                name -> fixtures.pathValue(template, name),
                fixtures::queryValue,
                fixtures.samples,
                Map.of());
    }

    /** openapi.yaml as a tree. */
    static JsonNode spec() throws IOException {
        try (var reader = Files.newBufferedReader(SPEC)) {
            return JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(reader));
        }
    }

    /**
     * One request of the operation as the caller, with the path and required query parameters and a sample body (by
     * schema name); a multipart body (a file upload) carries a one-page PDF and the form fields given. Writes that take
     * If-Match carry a stale one. Also read by {@link GrantsAuthorizationMatrixTest}, with the places its grants act.
     */
    static int send(
            String method,
            String template,
            JsonNode operation,
            DemoUser caller,
            Function<String, String> pathValue,
            Function<String, String> queryValue,
            Map<String, Supplier<Map<String, Object>>> samples,
            Map<String, String> form) {
        String path = template;
        Matcher names = PARAMETER.matcher(template);
        while (names.find()) {
            path = path.replace("{" + names.group(1) + "}", pathValue.apply(names.group(1)));
        }
        StringBuilder uri = new StringBuilder(path);
        String separator = "?";
        boolean ifMatch = false;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")
                    && parameter.path("required").asBoolean()) {
                uri.append(separator)
                        .append(parameter.path("name").asText())
                        .append('=')
                        .append(java.net.URLEncoder.encode(
                                queryValue.apply(parameter.path("name").asText()), StandardCharsets.UTF_8));
                separator = "&";
            }
            if (parameter.path("in").asText().equals("header")
                    && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                ifMatch = true;
            }
        }
        RequestSpecification request = caller.request();
        if (ifMatch) {
            request = request.header("If-Match", "\"999999999\"");
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.has("application/json")) {
            String schema = content.path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText()
                    .replace("#/components/schemas/", "");
            Supplier<Map<String, Object>> sample = samples.get(schema);
            request = request.contentType(ContentType.JSON).body(sample == null ? Map.of() : sample.get());
        } else if (content.has("text/csv")) {
            request = request.contentType("text/csv").body("year,municipality,gender,value\r\n2026,,TOTAL,42\r\n");
        } else if (content.has("multipart/form-data") && !form.isEmpty()) {
            request = request.multiPart(
                    "file", "underlag.pdf", se.samverkan.support.Documents.pdf("Underlag"), "application/pdf");
            for (var field : form.entrySet()) {
                request = request.multiPart(field.getKey(), field.getValue());
            }
        }
        Response response = request.request(method, uri.toString());
        return response.statusCode();
    }
}
