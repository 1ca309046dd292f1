package se.samverkan.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.AGENCY_SYSTEM;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.Indicators;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/**
 * Drives every operation of openapi.yaml with what a hostile or clumsy client sends: control characters in every
 * string property, list item and string parameter; oversized numbers; duplicate keys; impossible dates; malformed
 * and overflowing paging; bad typed query and path parameters; {@code If-Match: *}. Nothing may answer 5xx, every
 * 4xx is problem+json, invalid input is refused with 400 naming the field, and a refused write changes nothing.
 * A new operation this test cannot drive (unknown path parameter, body schema without a sample, other media type)
 * fails it rather than being skipped.
 */
@QuarkusTest
class OperationFuzzTest {

    private static final Path SPEC = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTROL = "fuzz\u0000text";
    private static final Pattern CURRENT_VERSION = Pattern.compile("current version (\\d+)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger(50);
    private static final int MAX_REPORTED = 150;

    /** Operations whose body this test cannot build generically, with the reason. Keep it small. */
    private static final Map<String, String> NOT_DRIVEN_BODIES = Map.of(
            "attachFile", "multipart upload: DocumentContentTest sends spoofed types, oversize, empty and broken files",
            "addDocumentVersion", "multipart upload: DocumentContentTest and DocumentAccessTest send new versions");

    private final java.util.Set<String> unreadable = new java.util.TreeSet<>();
    private JsonNode spec;
    private Fixtures fixtures;
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int serverErrors;

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndKeepsItsData() throws IOException {
        // SnakeYAML (under Jackson's YAML module) reads the YAML 1.1 scalars of the examples that Jackson's parser
        // rejects.
        try (var reader = java.nio.file.Files.newBufferedReader(SPEC)) {
            spec = JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(reader));
        }
        fixtures = Fixtures.create();
        List<Operation> operations = operations();
        assertTrue(operations.size() > 90, "openapi.yaml lists the operations");
        for (Operation operation : operations) {
            drive(operation);
        }
        unreadable.forEach(path -> failures.add("GET " + path + " became unreadable (5xx) after the requests above"));
        String summary = "fuzzed " + operations.size() + " operations with " + requests + " requests: " + serverErrors
                + " answered 5xx, " + failures.size() + " failures";
        System.out.println("OperationFuzzTest: " + summary);
        failures.stream().limit(MAX_REPORTED).forEach(f -> System.out.println("  " + f));
        assertTrue(
                failures.isEmpty(),
                summary + "\n"
                        + String.join(
                                "\n", failures.stream().limit(MAX_REPORTED).toList()));
    }

    // ---- the operations -------------------------------------------------------------------------------------

    record Operation(String method, String template, String id, JsonNode node) {
        boolean write() {
            return !method.equals("GET");
        }

        boolean takesIfMatch() {
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asText().equals("header")
                        && parameter.path("name").asText().equalsIgnoreCase("If-Match")) {
                    return true;
                }
            }
            return false;
        }

        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals(in)) {
                    found.add(p);
                }
            });
            return found;
        }
    }

    /** Reads first, writes next, deletions last: a deletion that slips through must not starve the others. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        spec.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                        operations.add(new Operation(
                                method.getKey().toUpperCase(),
                                path.getKey(),
                                method.getValue().path("operationId").asText(),
                                method.getValue()));
                    }
                }));
        operations.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return operations;
    }

    private static int rank(Operation operation) {
        return switch (operation.method()) {
            case "GET" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        };
    }

    private void drive(Operation operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Matcher names = Pattern.compile("\\{([^}]+)}").matcher(operation.template());
        while (names.find()) {
            String value = fixtures.pathValue(operation.template(), names.group(1));
            if (value == null) {
                fail(operation, "cannot drive: no fixture for path parameter {" + names.group(1) + "}");
                return;
            }
            pathValues.put(names.group(1), value);
        }
        Map<String, String> required = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("query")) {
            if (parameter.path("required").asBoolean()) {
                String value = fixtures.queryValue(parameter.path("name").asText());
                if (value == null) {
                    fail(
                            operation,
                            "cannot drive: no fixture for required query parameter "
                                    + parameter.path("name").asText());
                    return;
                }
                required.put(parameter.path("name").asText(), value);
            }
        }
        DemoUser user = fixtures.userFor(operation.id());
        Body valid = validBody(operation);
        if (valid == Body.UNDRIVABLE) {
            return;
        }
        Witness witness = new Witness(witnessPath(operation, pathValues));

        if (!operation.write()) {
            Response baseline = send(operation, user, pathValues, required, null, IfMatch.NONE);
            if (baseline.statusCode() != 200) {
                fail(
                        operation,
                        "cannot drive: the fixture answers " + baseline.statusCode() + " "
                                + abbreviate(baseline.asString()));
            }
        }

        // Path parameters: a malformed id or an overflowing number is a 4xx problem, never a 5xx.
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.path("name").asText();
            Map<String, String> changed = new LinkedHashMap<>(pathValues);
            changed.put(name, badPathValue(resolve(parameter.path("schema"))));
            Response response = send(
                    operation, user, changed, required, valid, operation.takesIfMatch() ? IfMatch.STALE : IfMatch.NONE);
            expectRefused(operation, "path " + name + "=" + printable(changed.get(name)), response, null, witness);
        }

        // Query parameters.
        for (JsonNode parameter : operation.parameters("query")) {
            String name = parameter.path("name").asText();
            for (String bad : badQueryValues(name, resolve(parameter.path("schema")))) {
                Map<String, String> query = new LinkedHashMap<>(required);
                query.put(name, bad);
                Response response = send(operation, user, pathValues, query, valid, IfMatch.REAL);
                expectRefused(operation, "query " + name + "=" + printable(bad), response, name, witness);
            }
        }
        if (operation.parameters("query").stream()
                .anyMatch(p -> p.path("name").asText().equals("page"))) {
            Response response =
                    send(operation, user, pathValues, Map.of("page", "2147483647", "size", "100"), valid, IfMatch.REAL);
            check(operation, "page overflow", response);
            if (response.statusCode() == 400) {
                expectRefused(operation, "page overflow", response, "page", witness);
            }
        }

        // The body.
        if (valid != null && valid.json() != null) {
            for (Mutation mutation : mutations(operation, valid.json())) {
                Response response =
                        send(operation, user, pathValues, required, new Body(mutation.body(), null), IfMatch.REAL);
                expectRefused(operation, mutation.what(), response, mutation.field(), witness);
            }
            Response duplicate = send(
                    operation,
                    user,
                    pathValues,
                    required,
                    new Body(null, duplicateFirstKey(valid.json())),
                    IfMatch.REAL);
            expectRefused(
                    operation,
                    "duplicate key",
                    duplicate,
                    valid.json().fieldNames().next(),
                    witness);
            if (duplicate.statusCode() != 400 && duplicate.statusCode() < 500) {
                fail(operation, "duplicate key: expected 400, got " + duplicate.statusCode());
            }
        }

        // If-Match: * is not a version.
        if (operation.takesIfMatch()) {
            Response response = send(operation, user, pathValues, required, valid, IfMatch.STAR);
            expectRefused(operation, "If-Match: *", response, null, witness);
        }

        // Every request above was refused (an accepted one refreshed the witness and failed already): nothing changed.
        if (operation.write() && witness.changed()) {
            fail(operation, "refused requests changed " + witness.path);
        }
    }

    // ---- requests -------------------------------------------------------------------------------------------

    enum IfMatch {
        NONE,
        REAL,
        STALE,
        STAR
    }

    /** A JSON body, or a raw one (CSV, or JSON text that cannot be a tree such as duplicate keys). */
    record Body(JsonNode json, String raw) {
        static final Body UNDRIVABLE = new Body(null, null);
    }

    private Response send(
            Operation operation,
            DemoUser user,
            Map<String, String> pathValues,
            Map<String, String> query,
            Body body,
            IfMatch ifMatch) {
        if (ifMatch == IfMatch.REAL && operation.takesIfMatch()) {
            // First with a stale tag: the 412 names the current version without changing anything; then with that
            // version.
            Response stale = request(operation, user, pathValues, query, body, "\"999999999\"");
            Matcher version = CURRENT_VERSION.matcher(stale.statusCode() == 412 ? stale.asString() : "");
            if (!version.find()) {
                return stale;
            }
            return request(operation, user, pathValues, query, body, "\"" + version.group(1) + "\"");
        }
        String header =
                switch (ifMatch) {
                    case STALE -> "\"999999999\"";
                    case STAR -> "*";
                    default -> null;
                };
        return request(operation, user, pathValues, query, body, header);
    }

    private Response request(
            Operation operation,
            DemoUser user,
            Map<String, String> pathValues,
            Map<String, String> query,
            Body body,
            String ifMatch) {
        requests++;
        // Encoded by hand, so that control characters reach the server exactly as sent.
        RequestSpecification request = user.request().urlEncodingEnabled(false);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null && body.json() != null) {
            request = request.contentType(ContentType.JSON).body(body.json().toString());
        } else if (body != null && body.raw() != null) {
            request = request.contentType(requestMediaType(operation)).body(body.raw());
        }
        String path = operation.template();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encodePath(value.getValue()));
        }
        StringBuilder uri = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(encodeQuery(parameter.getValue()));
            separator = "&";
        }
        return request.request(operation.method(), uri.toString());
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String encodeQuery(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String requestMediaType(Operation operation) {
        Iterator<String> types =
                operation.node().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    /** No 5xx, and every 4xx is a problem. */
    private boolean check(Operation operation, String what, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors++;
            fail(operation, what + ": " + status + " " + abbreviate(response.asString()));
            return false;
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            fail(operation, what + ": " + status + " is not problem+json but " + response.contentType());
            return false;
        }
        return true;
    }

    /** A 4xx problem, and with a field a 400 naming it; an accepted request fails and resets the witness. */
    private void expectRefused(Operation operation, String what, Response response, String field, Witness witness) {
        if (!check(operation, what, response)) {
            witness.refresh();
            return;
        }
        if (response.statusCode() < 400) {
            fail(operation, what + ": accepted with " + response.statusCode());
            witness.refresh();
            return;
        }
        int status = response.statusCode();
        if (field != null) {
            List<String> fields = response.jsonPath().getList("errors.field");
            if (status != 400 || fields == null || !fields.contains(field)) {
                fail(
                        operation,
                        what + ": expected 400 naming " + field + ", got " + status + " "
                                + abbreviate(response.asString()));
            }
        }
    }

    private void fail(Operation operation, String message) {
        failures.add(operation.method() + " " + operation.template() + " (" + operation.id() + ") " + message);
    }

    /** The nearest readable resource at or above a write: it must look the same after a refused request. */
    private String witnessPath(Operation operation, Map<String, String> pathValues) {
        String template = operation.template();
        while (template.contains("/")) {
            if (spec.path("paths").path(template).has("get")
                    && !template.endsWith(".csv")
                    && !template.endsWith(".pdf")
                    && !template.endsWith(".ics")) {
                String path = template;
                for (Map.Entry<String, String> value : pathValues.entrySet()) {
                    path = path.replace("{" + value.getKey() + "}", value.getValue());
                }
                return path.contains("{") ? null : path;
            }
            template = template.substring(0, template.lastIndexOf('/'));
        }
        return null;
    }

    final class Witness {
        final String path;
        String state;

        Witness(String path) {
            this.path = path;
            this.state = read();
        }

        private String read() {
            if (path == null) {
                return null;
            }
            Response response = ADMIN.request().get(path);
            if (response.statusCode() >= 500) {
                unreadable.add(path);
                return "unreadable";
            }
            return response.statusCode() + " " + response.header("ETag") + " " + response.asString();
        }

        boolean changed() {
            String now = read();
            boolean changed = !Objects.equals(state, now);
            state = now;
            return changed;
        }

        void refresh() {
            state = read();
        }
    }

    // ---- bad values -----------------------------------------------------------------------------------------

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            resolved = spec.path("components").path("schemas").path(name);
            if (schema.size() > 1) {
                ObjectNode merged = resolved.deepCopy();
                schema.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                resolved = merged;
            }
        }
        return resolved;
    }

    private static String badPathValue(JsonNode schema) {
        String format = schema.path("format").asText();
        if (format.equals("uuid")) {
            return "not-a-uuid";
        }
        if (schema.path("type").asText().equals("integer")) {
            return "99999999999999999999";
        }
        return CONTROL;
    }

    private static List<String> badQueryValues(String name, JsonNode schema) {
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        List<String> values = new ArrayList<>();
        if (type.equals("integer")) {
            values.addAll(List.of("abc", "-1", "99999999999999999999", CONTROL));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", CONTROL));
        } else if (format.equals("uuid")) {
            values.addAll(List.of("not-a-uuid", CONTROL));
        } else if (format.equals("date")) {
            values.addAll(List.of("2024-13-45", "0000-01-01", CONTROL));
        } else if (schema.has("enum")) {
            values.addAll(List.of("NO_SUCH_VALUE", CONTROL));
        } else {
            values.add(CONTROL);
        }
        return values;
    }

    record Mutation(String what, String field, JsonNode body) {}

    private List<Mutation> mutations(Operation operation, JsonNode valid) {
        JsonNode schema = resolve(operation
                .node()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
        List<Mutation> mutations = new ArrayList<>();
        collect(operation, schema, valid, "", new ArrayList<>(), valid, mutations);
        return mutations;
    }

    /** One mutated copy of the whole body per property and class; {@code at} is the path to the object being walked. */
    private void collect(
            Operation operation,
            JsonNode schema,
            JsonNode sample,
            String prefix,
            List<Object> at,
            JsonNode root,
            List<Mutation> out) {
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode propertySchema = resolve(property.getValue());
            String type = propertySchema.path("type").asText();
            String format = propertySchema.path("format").asText();
            List<Object> here = new ArrayList<>(at);
            here.add(name);
            switch (type) {
                case "string" -> {
                    out.add(new Mutation(
                            "control character in " + field,
                            field,
                            with(root, here, JsonNodeFactory.instance.textNode(CONTROL))));
                    if (format.equals("date") || format.equals("date-time")) {
                        for (String date : List.of("0000-06-15", "-0001-06-15", "+99999-06-15")) {
                            out.add(new Mutation(
                                    "date " + date + " in " + field,
                                    field,
                                    with(root, here, JsonNodeFactory.instance.textNode(date))));
                        }
                        out.add(new Mutation(
                                "number as date in " + field,
                                field,
                                with(root, here, JsonNodeFactory.instance.numberNode(20240615))));
                    } else if (format.equals("local-time")) {
                        out.add(new Mutation(
                                "number as time in " + field,
                                field,
                                with(root, here, JsonNodeFactory.instance.numberNode(720))));
                    } else if (propertySchema.path("pattern").asText().startsWith("[0-9]")) {
                        out.add(new Mutation(
                                "oversized number text in " + field,
                                field,
                                with(root, here, JsonNodeFactory.instance.textNode("12345678901234567890"))));
                    }
                }
                case "integer" -> {
                    long oversized = propertySchema.has("maximum")
                            ? propertySchema.path("maximum").asLong() + 1
                            : propertySchema.path("format").asText().equals("int64")
                                    ? Long.MAX_VALUE
                                    : Integer.MAX_VALUE;
                    out.add(new Mutation(
                            "oversized integer in " + field,
                            field,
                            with(root, here, JsonNodeFactory.instance.numberNode(oversized))));
                }
                case "number" -> {
                    java.math.BigDecimal oversized = propertySchema.has("maximum")
                            ? propertySchema.path("maximum").decimalValue().multiply(java.math.BigDecimal.TEN)
                            : new java.math.BigDecimal("1e300");
                    out.add(new Mutation(
                            "oversized number in " + field,
                            field,
                            with(root, here, JsonNodeFactory.instance.numberNode(oversized))));
                }
                case "array" -> {
                    JsonNode items = resolve(propertySchema.path("items"));
                    String itemField = field + "[0]";
                    List<Object> first = new ArrayList<>(here);
                    first.add(0);
                    if (items.path("type").asText().equals("object") || items.has("properties")) {
                        JsonNode element =
                                sample == null ? null : sample.path(name).path(0);
                        if (element == null || element.isMissingNode()) {
                            fail(operation, "cannot drive: the sample body lacks an element of " + field);
                        } else {
                            collect(operation, items, element, itemField, first, root, out);
                        }
                    } else if (items.path("type").asText().equals("string")) {
                        ArrayNode list = JsonNodeFactory.instance.arrayNode().add(CONTROL);
                        out.add(new Mutation(
                                "control character in an item of " + field, itemField, with(root, here, list)));
                    }
                }
                case "object" -> {
                    JsonNode nested = sample == null ? null : sample.path(name);
                    if (nested == null || nested.isMissingNode()) {
                        fail(operation, "cannot drive: the sample body lacks " + field);
                    } else {
                        collect(operation, propertySchema, nested, field, here, root, out);
                    }
                }
                default -> {
                    // booleans have no invalid value worth sending beyond what Jackson refuses already
                }
            }
        }
    }

    /** A copy of the body with the value at the path replaced (created when absent). */
    private static JsonNode with(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode node = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) node).set(index, value);
        } else {
            ((ObjectNode) node).set((String) last, value);
        }
        return copy;
    }

    private static String duplicateFirstKey(JsonNode body) {
        Map.Entry<String, JsonNode> first = body.fields().next();
        return "{" + JsonNodeFactory.instance.textNode(first.getKey()) + ":" + first.getValue() + ","
                + body.toString().substring(1);
    }

    private Body validBody(Operation operation) {
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        if (NOT_DRIVEN_BODIES.containsKey(operation.id())) {
            return Body.UNDRIVABLE;
        }
        if (content.has("application/json")) {
            String schema = content.path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText()
                    .replace("#/components/schemas/", "");
            Supplier<Map<String, Object>> sample = fixtures.samples.get(schema);
            if (sample == null) {
                fail(operation, "cannot drive: no sample body for schema " + schema);
                return Body.UNDRIVABLE;
            }
            return new Body(JSON.valueToTree(sample.get()), null);
        }
        if (content.has("text/csv")) {
            return new Body(null, "year,municipality,gender,value\r\n2026,,TOTAL,42\r\n");
        }
        fail(
                operation,
                "cannot drive: request body of type " + content.fieldNames().next());
        return Body.UNDRIVABLE;
    }

    private static String printable(String value) {
        return value.replace("\u0000", "\\u0000");
    }

    private static String abbreviate(String text) {
        String single = text.replaceAll("\\s+", " ");
        return single.length() > 300 ? single.substring(0, 300) + "…" : single;
    }

    // ---- fixtures -------------------------------------------------------------------------------------------

    /** One of everything, created through the API, and valid sample bodies for every request schema. */
    static final class Fixtures {
        final Map<String, String> ids = new HashMap<>();
        final Map<String, Supplier<Map<String, Object>>> samples = new HashMap<>();
        String adoptedAgreement;
        String consultedAgreement;

        static Fixtures create() {
            Fixtures f = new Fixtures();
            DemoUser coordinator = COORDINATOR_VASTMANLAND;
            String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();
            String sala = DemoDataLoader.organisationId("sala-kommun").toString();
            String koping = DemoDataLoader.organisationId("kopings-kommun").toString();

            f.ids.put("organisations", Organisations.create(ADMIN, TestData.organisation()));

            String draft = Agreements.create(coordinator, Agreements.input("19"));
            f.ids.put("agreements", draft);
            f.ids.put("parties", Agreements.addParty(coordinator, draft, "vasteras-stad", "SIGNATORY"));
            String goalArea = Agreements.addGoalArea(coordinator, draft, "1", "Arbete");
            f.ids.put("goal-areas", goalArea);
            String goalAreaPath = Agreements.PATH + "/" + draft + "/goal-areas/" + goalArea;
            f.ids.put(
                    "responsibilities",
                    coordinator
                            .request()
                            .contentType(ContentType.JSON)
                            .body(Map.of("organisationId", vasteras, "kind", "RESPONSIBLE", "level", "LOCAL"))
                            .post(goalAreaPath + "/responsibilities")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            coordinator
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Map.of("points", List.of("Fler i arbete")))
                    .put(goalAreaPath + "/priorities/2027")
                    .then()
                    .statusCode(201);
            f.ids.put("priorities", "2027");

            // Strategy process (issue 14): a phase, a gap finding, a scored possible area and an activity of the draft.
            String strategyBase = Agreements.PATH + "/" + draft;
            f.ids.put(
                    "phases",
                    se.samverkan.support.Strategies.post(
                                    coordinator,
                                    strategyBase + "/process/phases",
                                    se.samverkan.support.Strategies.phase(
                                            "Förankring",
                                            List.of(se.samverkan.support.Strategies.point(
                                                    "Förankring i rådet", false))))
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.ids.put(
                    "gap-findings",
                    se.samverkan.support.Strategies.post(
                                    coordinator,
                                    strategyBase + "/gap-findings",
                                    Map.of("targetGroup", "NEWLY_ARRIVED", "finding", "Nätverk saknas"))
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.ids.put(
                    "areas-of-action",
                    se.samverkan.support.Strategies.post(
                                    coordinator,
                                    strategyBase + "/areas-of-action",
                                    Map.of("title", "Samverkan med psykiatri", "targetGroup", "NEWLY_ARRIVED"))
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.ids.put(
                    "activities",
                    se.samverkan.support.Strategies.post(
                                    coordinator,
                                    strategyBase + "/action-plan/activities",
                                    se.samverkan.support.Strategies.activity("Praktik", goalArea, null, vasteras))
                            .statusCode(201)
                            .extract()
                            .path("id"));

            // Consultation (issue 17): an agreement in consultation, Västerås stad a party, with Västerås's input on
            // it.
            f.consultedAgreement = Agreements.adoptableDraft(coordinator, Agreements.input("19"));
            Agreements.changeStatus(coordinator, f.consultedAgreement, "CONSULTATION")
                    .statusCode(200);
            String consultedGoalArea = ADMIN.request()
                    .get(Agreements.PATH + "/" + f.consultedAgreement)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("goalAreas[0].id");
            f.ids.put(
                    "consultation-inputs",
                    MEMBER_VASTERAS
                            .request()
                            .contentType(ContentType.JSON)
                            .body(Map.of("goalAreaId", consultedGoalArea, "text", "Bostäderna räcker inte till."))
                            .post(Agreements.PATH + "/" + f.consultedAgreement + "/consultation-inputs")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.samples.put(
                    "ConsultationInputBody",
                    () -> mutable(Map.of("goalAreaId", consultedGoalArea, "text", "Fler praktikplatser behövs.")));

            FollowUps.TestRound round = FollowUps.openRound();
            f.adoptedAgreement = round.agreement().id();
            f.ids.put("follow-up-rounds", round.id());
            f.ids.put("assessments", round.vasterasWork());
            String indicator =
                    Indicators.create(f.adoptedAgreement, round.agreement().work(), "COUNTY", false);
            f.ids.put("indicators", indicator);

            String forum = Forums.create(coordinator, Forums.input("19", "REGIONAL"));
            String national = Forums.create(ADMIN, Forums.input(null, "NATIONAL"));
            f.ids.put("forums", forum);
            f.ids.put("members", Forums.addMember(coordinator, forum, "vasteras-stad"));
            String meeting =
                    Forums.createMeeting(coordinator, forum, LocalDate.now().plusDays(20));
            f.ids.put("meetings", meeting);
            String point = Forums.addAgendaItem(coordinator, meeting, "Beslut om inriktning", "DECISION");
            f.ids.put("agenda-items", point);
            f.ids.put(
                    "decisions",
                    coordinator
                            .request()
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "text",
                                    "Rådet beslutade om inriktningen",
                                    "outcome",
                                    "ADOPTED",
                                    "subject",
                                    "OTHER"))
                            .post(Forums.MEETINGS + "/" + meeting + "/agenda-items/" + point + "/decisions")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.ids.put(
                    "action-items",
                    Forums.handOut(
                            coordinator,
                            meeting,
                            point,
                            Forums.actionItem("Följ upp praktikplatser", "vasteras-stad")));
            // Issue 14: a standing agenda point of the forum.
            f.ids.put(
                    "standing-items",
                    coordinator
                            .request()
                            .contentType(ContentType.JSON)
                            .body(Map.of("title", "Aktuellt från Länsstyrelsen", "kind", "STATUS_REPORT"))
                            .post(Forums.PATH + "/" + forum + "/standing-items")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            String report = Forums.openReport(coordinator, forum, Forums.report(2026, 3));
            f.ids.put("status-reports", report);
            Forums.invite(coordinator, report, "vasteras-stad");
            MEMBER_VASTERAS
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Forums.contribution("Hälsa", "Vårdcentralerna har tolkar."))
                    .put(Forums.REPORTS + "/" + report + "/contributions/" + vasteras)
                    .then()
                    .statusCode(201);
            f.ids.put("contributions", vasteras);
            f.ids.put("invitations", vasteras);
            f.ids.put("forum-structure", "19");
            // Grants (issue 10): to a subject no other test logs in as, so no demo user gains a role here.
            f.ids.put("counties", "19");
            f.ids.put(
                    "federations",
                    DemoDataLoader.organisationId("goteborgsregionen").toString());
            f.ids.put(
                    "grants",
                    ADMIN.request()
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "kind",
                                    "FORUM_EDITOR",
                                    "subjectType",
                                    "USER",
                                    "subject",
                                    "fuzz.fixture",
                                    "forumId",
                                    forum))
                            .post("/api/v1/grants")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            f.ids.put(
                    "documents",
                    se.samverkan.support.Documents.attachPdf(coordinator, "AGREEMENT", draft, "INTERNAL", "Underlag"));

            // Funding: a programme, an open call with an application in review, a granted one's project and account.
            String programme = se.samverkan.support.Fundings.programme();
            f.ids.put("programmes", programme);
            String call = se.samverkan.support.Fundings.openCall(programme);
            f.ids.put("calls", call);
            f.ids.put(
                    "applications",
                    se.samverkan.support.Fundings.inReview(
                            call, se.samverkan.support.Fundings.application("vasteras-stad", "900.00")));
            String granted = se.samverkan.support.Fundings.inReview(
                    call, se.samverkan.support.Fundings.application("vasteras-stad", "800.00"));
            String project = se.samverkan.support.Fundings.decide(
                            coordinator, granted, se.samverkan.support.Fundings.grant("700.00"))
                    .statusCode(200)
                    .extract()
                    .path("projectId");
            f.ids.put("projects", project);
            f.ids.put(
                    "accounts",
                    MEMBER_VASTERAS
                            .request()
                            .get(se.samverkan.support.Fundings.PROJECTS + "/" + project + "/accounts")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("[0].id"));

            // Open data (issue 16): a dataset; webhooks: a service account's subscription, to an address nobody listens
            // on.
            f.ids.put("open-data", "agreements");
            f.ids.put(
                    "webhooks",
                    AGENCY_SYSTEM
                            .request()
                            .contentType(ContentType.JSON)
                            .body(Map.of("url", "http://127.0.0.1:9/fuzz", "types", List.of("AGREEMENT")))
                            .post("/api/v1/webhooks")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
            // Results reports (issue 16): Västmanland's demo draft, and the year of the national summary.
            f.ids.put(
                    "results-reports",
                    se.samverkan.demo.DemoDataLoader.resultsReportId("vastmanland-2022")
                            .toString());
            f.ids.put("national-results", "2021");
            // Surveys (issue 12): an open survey of Västmanland; Västerås answers it.
            String survey = se.samverkan.support.Surveys.open(coordinator);
            f.ids.put("surveys", survey);
            f.ids.put("answers", vasteras);
            List<String> surveyKeys = se.samverkan.support.Surveys.keys(survey);
            String surveyTheme = ADMIN.request()
                    .get(se.samverkan.support.Surveys.PATH + "/" + survey)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("themes[0].id");

            Map<String, Supplier<Map<String, Object>>> s = f.samples;
            s.put("SurveyInput", () -> {
                Map<String, Object> body = se.samverkan.support.Surveys.input("19");
                body.put("recipientIds", List.of(vasteras));
                body.put("includeRegion", false);
                return body;
            });
            s.put(
                    "SurveyCopyInput",
                    () -> mutable(Map.of(
                            "year", 2031, "opensOn", "2031-09-01", "closesOn", "2031-10-31", "countyCode", "19")));
            // A year the county has no report of yet, so that an allowed draft is created (201).
            s.put(
                    "ResultsReportInput",
                    () -> se.samverkan.support.ResultsReports.input(
                            "19", se.samverkan.support.ResultsReports.freeYear("19")));
            s.put(
                    "ResultsReportPartsInput",
                    () -> mutable(Map.of(
                            "parts",
                            List.of(mutable(se.samverkan.support.ResultsReports.part(
                                    "EARLY_MEASURES", "Kapaciteten är god."))))));
            s.put("SurveyStatusInput", () -> mutable(Map.of("status", "CLOSED")));
            s.put(
                    "SurveySummariesInput",
                    () -> mutable(Map.of(
                            "summaries",
                            List.of(mutable(Map.of("themeId", surveyTheme, "text", "Läget är stabilt."))))));
            s.put(
                    "SurveyAnswerInput",
                    () -> se.samverkan.support.Surveys.answer(surveyKeys, "AGREE_PARTLY", "Bostadsbristen består."));
            s.put(
                    "FundingProgrammeInput",
                    () -> mutable(Map.of(
                            "kind",
                            "AMIF",
                            "name",
                            se.samverkan.support.Fundings.unique("AMIF"),
                            "legalBasis",
                            Map.of("sfs", "2010:1122"))));
            // Every list holds one element, so that the elements are driven too.
            Map<String, Object> strategy = Map.of("goalAreaId", goalArea, "index", 0);
            s.put("FundingCallInput", () -> {
                Map<String, Object> body = se.samverkan.support.Fundings.call(programme, "19", 2031, "2099-12-31");
                body.put(
                        "priorities",
                        List.of(Map.of(
                                "text",
                                "Föräldrastöd",
                                "goalAreaIds",
                                List.of(goalArea),
                                "strategies",
                                List.of(strategy),
                                "targetGroups",
                                List.of("NEWLY_ARRIVED"))));
                return body;
            });
            s.put("FundingCallStatusInput", () -> mutable(Map.of("status", "OPEN")));
            s.put("FundingApplicationInput", () -> {
                Map<String, Object> body = se.samverkan.support.Fundings.application("vasteras-stad", "1000.00");
                body.put("goalAreaIds", List.of(goalArea));
                body.put("strategies", List.of(strategy));
                return body;
            });
            s.put("FundingApplicationStatusInput", () -> mutable(Map.of("status", "WITHDRAWN")));
            s.put("FundingDecisionInput", () -> se.samverkan.support.Fundings.grant("100.00"));
            s.put(
                    "FundingProjectInput",
                    () -> mutable(Map.of(
                            "name",
                            "Projekt",
                            "countyCode",
                            "19",
                            "status",
                            "ONGOING",
                            "ownerOrganisationId",
                            vasteras,
                            "partnerIds",
                            List.of(sala),
                            "budget",
                            List.of(Map.of("programmeId", programme, "year", 2031, "amount", "10.00")),
                            "goalAreaIds",
                            List.of(goalArea),
                            "strategies",
                            List.of(strategy),
                            "targetGroups",
                            List.of("NEWLY_ARRIVED"))));
            s.put("FundingAccountInput", () -> mutable(Map.of("dueOn", "2032-03-31")));
            s.put(
                    "FundingFilingInput",
                    () -> mutable(
                            Map.of("spent", "650.00", "whatWasDone", "Praktikplatser", "results", "Tio deltagare")));
            s.put("FundingAccountStatusInput", () -> mutable(Map.of("status", "APPROVED")));
            s.put("FundingQualifyInput", () -> mutable(Map.of("responsibilityIds", List.of())));
            // Notifications: a notification id (none of the admin's: 404 is its answer), a followed forum.
            f.ids.put("notifications", java.util.UUID.randomUUID().toString());
            f.ids.put("follows", "FORUM");
            f.ids.put("{subjectType}", forum);

            s.put(
                    "PreferencesInput",
                    () -> mutable(Map.of("preferences", List.of(Map.of("category", "MEETING", "frequency", "DAILY")))));
            s.put("SubscriptionInput", () -> mutable(Map.of("email", "fuzz-reader@public.example", "locale", "sv")));
            s.put("ActionItemInput", () -> mutable(Forums.actionItem("Ta fram en plan för praktik", "vasteras-stad")));
            s.put(
                    "ActionItemStatusInput",
                    () -> mutable(Map.of("status", "IN_PROGRESS", "note", "Arbetet har börjat")));
            s.put("AgendaItemInput", () -> mutable(Map.of("title", "Lägesbild", "kind", "PRESENTATION")));
            s.put("AgreementInput", () -> Agreements.input("19"));
            s.put("AssessmentInput", () -> {
                Map<String, Object> body = FollowUps.draft("ON_TRACK");
                body.put("indicatorValues", List.of(Map.of("indicatorId", indicator, "value", 40)));
                return body;
            });
            s.put("AssessmentReturnInput", () -> mutable(Map.of("comment", "Beskriv resultaten för kvinnor och män.")));
            s.put("CompilationInput", () -> mutable(Map.of("text", "Läget i länet är stabilt.")));
            s.put("ContributionInput", () -> mutable(Forums.contribution("Boende", "Bostadsbristen består.")));
            s.put(
                    "DecisionInput",
                    // The fixture meeting lies ahead: a decision that takes effect is refused (409) with its rule.
                    () -> mutable(Map.of(
                            "text",
                            "Rådet antog planen",
                            "outcome",
                            "ADOPTED",
                            "subject",
                            "OTHER",
                            "effects",
                            List.of(Map.of("kind", "AGREEMENT_ADOPTION", "subjectId", draft)))));
            s.put(
                    "StandingItemInput",
                    () -> mutable(Map.of(
                            "title",
                            "RÖK – avstämning och uppföljning",
                            "kind",
                            "STANDING_FOLLOW_UP",
                            "agreementId",
                            draft)));
            s.put("PassAlongInput", () -> mutable(Map.of("forumId", national, "title", "Till rådet")));
            s.put("EscalationInput", () -> mutable(Map.of("forumId", national, "title", "Nationellt stöd behövs")));
            s.put(
                    "FollowUpApprovalInput",
                    () -> mutable(Map.of("approvedBy", "Integrationsrådet", "approvedOn", "2026-02-14")));
            s.put("FollowUpCompileInput", () -> mutable(Map.of("summary", "Arbetet går framåt.")));
            s.put("FollowUpDeadlineInput", () -> mutable(Map.of("deadline", "2027-04-30")));
            s.put("FollowUpRoundInput", () -> mutable(Map.of("year", 2028, "deadline", "2028-03-31")));
            s.put("ForumInput", () -> Forums.input("19", "REGIONAL"));
            s.put(
                    "ForumMemberInput",
                    () -> mutable(Map.of(
                            "organisationId",
                            koping,
                            "role",
                            "EXPERT",
                            "description",
                            "Kommunens representant",
                            "representatives",
                            List.of(Map.of("name", "Eva Ek", "title", "Integrationsstrateg")))));
            s.put(
                    "GoalAreaInput",
                    () -> mutable(Agreements.goalArea(String.valueOf(SEQUENCE.incrementAndGet()), "Hälsa")));
            s.put("IndicatorInput", () -> Indicators.input(round.agreement().work(), "COUNTY", false));
            s.put("InvitationInput", () -> mutable(Map.of("organisationIds", List.of(koping))));
            s.put("MeetingInput", () -> {
                Map<String, Object> body = Forums.meeting(LocalDate.now().plusDays(30));
                body.put(
                        "attendees",
                        List.of(Map.of("organisationId", vasteras, "name", "Anna Andersson", "title", "Samordnare")));
                return body;
            });
            s.put("OrganisationInput", TestData::organisation);
            s.put(
                    "PartyInput",
                    () -> mutable(Map.of(
                            "organisationId",
                            sala,
                            "role",
                            "SIGNATORY",
                            "signedOn",
                            "2026-01-15",
                            "signatories",
                            List.of(Map.of("name", "Anna Andersson", "title", "Kommunstyrelsens ordförande")))));
            s.put(
                    "PriorityInput",
                    () -> mutable(Map.of(
                            "points",
                            List.of("Fler i arbete"),
                            "decidedBy",
                            "Integrationsrådet",
                            "decidedOn",
                            "2026-01-10")));
            s.put(
                    "ResponsibilityInput",
                    () -> mutable(Map.of("organisationId", vasteras, "kind", "RESPONSIBLE", "level", "REGIONAL")));
            s.put("StatusChangeInput", () -> mutable(Map.of("status", "CONSULTATION")));
            s.put(
                    "LinkInput",
                    () -> mutable(Map.of(
                            "ownerType",
                            "AGREEMENT",
                            "ownerId",
                            draft,
                            "title",
                            "Rapporten på webben",
                            "kind",
                            "REPORT",
                            "language",
                            "sv",
                            "visibility",
                            "PUBLIC",
                            "url",
                            "https://www.lansstyrelsen.se/rapport")));
            s.put(
                    "DocumentUpdate",
                    () -> mutable(Map.of(
                            "title",
                            "Underlag till mötet",
                            "kind",
                            "APPENDIX",
                            "language",
                            "sv",
                            "visibility",
                            "INTERNAL")));
            s.put("StatusReportInput", () -> Forums.report(2027, 1));
            s.put(
                    "IndicatorValuesInput",
                    () -> mutable(Map.of("values", List.of(mutable(Map.of("year", 2026, "value", 42))))));
            s.put(
                    "GrantInput",
                    () -> mutable(Map.of(
                            "kind",
                            "FORUM_EDITOR",
                            "subjectType",
                            "USER",
                            "subject",
                            "fuzz.sample",
                            "forumId",
                            forum)));
            s.put(
                    "WebhookInput",
                    () -> mutable(Map.of(
                            "url",
                            "http://127.0.0.1:9/fuzz",
                            "types",
                            List.of("AGREEMENT"),
                            "counties",
                            List.of("19"))));
            s.put("StatusReportPublicationInput", () -> mutable(Map.of("agendaItemId", point)));
            s.put("PhaseInput", () -> {
                Map<String, Object> body = se.samverkan.support.Strategies.phase(
                        "Lansering", List.of(se.samverkan.support.Strategies.point("Tidsplan", true)));
                body.put("description", "Lansering av strategin");
                body.put("actualStart", "2026-01-01");
                body.put("actualEnd", "2026-01-31");
                body.put("ownerOrganisationId", vasteras);
                return body;
            });
            s.put("PhaseStatusInput", () -> mutable(Map.of("status", "ONGOING")));
            s.put(
                    "StrategyAreaInput",
                    () -> mutable(Map.of(
                            "title",
                            "Utbildning för utförare",
                            "description",
                            "Utbildning",
                            "targetGroup",
                            "ASYLUM_SEEKERS",
                            "goalAreaId",
                            goalArea)));
            s.put("AreaScoreInput", () -> mutable(Map.of("effect", 4, "feasibility", 3)));
            s.put("AreaStatusInput", () -> mutable(Map.of("status", "CHOSEN")));
            s.put(
                    "GapFindingInput",
                    () -> mutable(Map.of(
                            "targetGroup",
                            "NEWLY_ARRIVED",
                            "finding",
                            "Nyanlända saknar ett nätverk",
                            "source",
                            "Lägesbild",
                            "foundOn",
                            "2026-01-15")));
            s.put("PlanActivityInput", () -> {
                Map<String, Object> body =
                        se.samverkan.support.Strategies.activity("Praktik", goalArea, null, vasteras);
                body.put("description", "Praktikplatser");
                body.put("partnerIds", List.of(sala));
                return body;
            });
            s.put("PlanActivityStatusInput", () -> mutable(Map.of("status", "ONGOING")));
            return f;
        }

        private static Map<String, Object> mutable(Map<String, Object> body) {
            return new LinkedHashMap<>(body);
        }

        /** The id for a path parameter, by the collection it follows: /forums/{id}, /members/{memberId}, … */
        String pathValue(String template, String name) {
            String before = template.substring(0, template.indexOf("{" + name + "}"));
            String[] segments = before.split("/");
            String collection = segments[segments.length - 1];
            String rest = template.substring(template.indexOf("{" + name + "}") + name.length() + 2);
            if (collection.equals("agreements") && rest.equals("/comparison")) {
                return Agreements.VG_2024;
            }
            if (collection.equals("follow-up-rounds") && rest.startsWith("/report")) {
                return FollowUps.VG_ROUND_2021; // a compiled round of the demo data: only read here
            }
            if (collection.equals("agreements")) {
                // Follow-up and indicators live on an adopted agreement; the rest edits a draft.
                String after = template.substring(template.indexOf("{" + name + "}") + name.length() + 2);
                if (after.startsWith("/consultation-inputs")) {
                    return consultedAgreement;
                }
                return after.startsWith("/follow-up-rounds") || after.startsWith("/indicators")
                        ? adoptedAgreement
                        : ids.get("agreements");
            }
            return ids.get(collection);
        }

        /** Values for required query parameters. */
        String queryValue(String name) {
            return switch (name) {
                case "with" -> Agreements.VG_2021;
                case "q" -> "bostäder";
                case "ownerType" -> "AGREEMENT";
                case "ownerId" -> ids.get("agreements");
                case "token" -> io.quarkus.arc.Arc.container()
                        .instance(se.samverkan.notification.UnsubscribeTokens.class)
                        .get()
                        .forUser("fuzz.nobody", se.samverkan.notification.Category.MEETING);
                default -> null;
            };
        }

        /** Who may do it: a member writes its own organisation's assessment and contribution; the admin does the rest. */
        DemoUser userFor(String operationId) {
            return switch (operationId) {
                case "saveAssessment",
                        "submitAssessment",
                        "putStatusReportContribution",
                        "addConsultationInput",
                        "updateConsultationInput",
                        "saveSurveyAnswer",
                        "submitSurveyAnswer" -> MEMBER_VASTERAS;
                case "createWebhook",
                        "listWebhooks",
                        "getWebhook",
                        "enableWebhook",
                        "deleteWebhook",
                        "listWebhookDeliveries" -> AGENCY_SYSTEM;
                default -> ADMIN;
            };
        }
    }
}
