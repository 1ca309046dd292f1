package se.samverkan.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * Real responses match openapi.yaml: every GET operation is called with ids from the demo data as the public and as
 * signed-in roles, and each JSON body is validated against the operation's documented schema (OpenAPI 3.1 schemas are
 * JSON Schema 2020-12). A property sent as null whose schema is not nullable, a missing required property, a wrong
 * type or enum value, and an operation without a documented success response all fail.
 */
@QuarkusTest
class ResponseConformanceTest {

    private static final Logger LOG = Logger.getLogger(ResponseConformanceTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<DemoUser> CALLERS =
            List.of(DemoUser.ANONYMOUS, DemoUser.ADMIN, DemoUser.COORDINATOR_VASTMANLAND, DemoUser.MEMBER_VASTERAS);
    /** Ids per resource are capped so the test stays quick on a large database; lists are read with their largest page. */
    private static final int IDS_PER_SOURCE = 12;

    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyGetResponseValidatesAgainstTheSpec() throws Exception {
        JsonNode spec = JSON.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<String> violations = new ArrayList<>();
        undocumentedSuccess(spec, violations);

        Map<String, List<String>> ids = ids();
        fixtures(ids);
        Map<String, Integer> successes = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        int requests = 0;
        int nullsSent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            String template = path.getKey();
            String operation = get.path("operationId").asText(template);
            successes.put(operation, 0);
            JsonNode success = get.path("responses").path("200");
            JsonSchema schema = success.path("content").has("application/json")
                    ? schema(
                            spec,
                            success.path("content").path("application/json").path("schema"))
                    : null;
            for (String concrete : concrete(template, ids)) {
                for (DemoUser caller : CALLERS) {
                    Response response = caller.request().get(concrete);
                    requests++;
                    int status = response.statusCode();
                    if (status >= 500) {
                        violations.add(operation + " " + concrete + " as " + caller + ": " + status);
                        continue;
                    }
                    if (status < 200 || status >= 300) {
                        continue;
                    }
                    successes.merge(operation, 1, Integer::sum);
                    JsonNode documented = get.path("responses").path(Integer.toString(status));
                    if (documented.isMissingNode()) {
                        violations.add(operation + " answered " + status + ", which it does not document");
                        continue;
                    }
                    String contentType = response.contentType().split(";")[0].trim();
                    if (!documented.path("content").has(contentType)) {
                        violations.add(
                                operation + " " + concrete + ": content type " + contentType + " is not documented");
                        continue;
                    }
                    if (schema == null || !contentType.equals("application/json")) {
                        continue;
                    }
                    JsonNode body = JSON.readTree(response.asString());
                    nullsSent += nulls(body);
                    for (ValidationMessage message : schema.validate(body)) {
                        String kind = message.getInstanceNode() != null
                                        && message.getInstanceNode().isNull()
                                ? "null"
                                : message.getType();
                        counts.merge(kind, 1, Integer::sum);
                        violations.add(operation + " " + concrete + " as " + caller + ": " + message.getMessage());
                    }
                }
            }
        }
        successes.forEach((operation, count) -> {
            if (count == 0) {
                violations.add(operation + ": no call answered 2xx, so its response was never checked");
            }
        });
        String summary = String.format(
                "Response conformance: %d requests, %d null values sent, violations by kind %s, %d in all",
                requests, nullsSent, counts, violations.size());
        // The console shows warnings only in tests; the summary and every violation go to a file for the record.
        LOG.warn(summary);
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "response-conformance.txt"),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(summary), violations.stream())
                        .toList());
        assertTrue(violations.isEmpty(), summary + ", e.g.:\n" + String.join("\n", distinct(violations, 60)));
    }

    /** Every operation, of any method, documents a 2xx response with its content (or none, for 204). */
    private static void undocumentedSuccess(JsonNode spec, List<String> violations) {
        spec.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        return;
                    }
                    List<String> codes = new ArrayList<>();
                    method.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                    String name = method.getValue().path("operationId").asText(method.getKey() + " " + path.getKey());
                    List<String> success =
                            codes.stream().filter(c -> c.startsWith("2")).toList();
                    if (success.isEmpty()) {
                        violations.add(name + " documents no success response");
                    }
                    for (String code : success) {
                        JsonNode content =
                                method.getValue().path("responses").path(code).path("content");
                        if (!code.equals("204") && (content.isMissingNode() || content.isEmpty())) {
                            violations.add(name + " documents " + code + " without a body schema");
                        }
                    }
                }));
    }

    /** The operation's schema resolved against the spec's components. */
    private JsonSchema schema(JsonNode spec, JsonNode responseSchema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", spec.path("components"));
        responseSchema.fields().forEachRemaining(field -> root.set(field.getKey(), field.getValue()));
        return schemas.getSchema(root);
    }

    /**
     * Ids of every resource a path parameter names: the demo data's own (stable whatever other tests created), then a
     * sample of the lists read as the admin (who sees drafts too); nested resources come from their parents.
     */
    private static Map<String, List<String>> ids() throws java.io.IOException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<String> agreements = union(
                demo("agreements.json", null, DemoDataLoader::agreementId),
                collect(List.of("/api/v1/agreements?size=100"), b -> b.path("items"), "id"));
        List<String> forums = union(
                demo("forums.json", "forums", DemoDataLoader::forumId),
                collect(List.of("/api/v1/forums?size=100"), b -> b.path("items"), "id"));
        ids.put("/api/v1/agreements/{id}", agreements);
        ids.put("/api/v1/agreements/{agreementId}", agreements);
        ids.put("/api/v1/forums/{id}", forums);
        ids.put("/api/v1/forums/{forumId}", forums);
        ids.put(
                "/api/v1/organisations/{id}",
                collect(List.of("/api/v1/organisations?size=100"), b -> b.path("items"), "id"));
        ids.put(
                "/api/v1/action-items/{id}",
                collect(List.of("/api/v1/action-items?size=100"), b -> b.path("items"), "id"));
        ids.put("/api/v1/forum-structure/{countyCode}", collect(List.of("/api/v1/counties"), b -> b, "code"));
        ids.put(
                "/api/v1/follow-up-rounds/{id}",
                union(
                        demo("follow-up.json", "rounds", DemoDataLoader::followUpRoundId),
                        collect(each(agreements, "/api/v1/agreements/%s/follow-up-rounds"), b -> b, "id")));
        ids.put(
                "/api/v1/indicators/{id}",
                union(
                        demo("follow-up.json", "indicators", DemoDataLoader::indicatorId),
                        collect(each(agreements, "/api/v1/agreements/%s/indicators"), b -> b, "id")));
        ids.put(
                "/api/v1/assessments/{id}",
                collect(
                        each(ids.get("/api/v1/follow-up-rounds/{id}"), "/api/v1/follow-up-rounds/%s"),
                        b -> b.path("tasks"),
                        "assessmentId"));
        ids.put(
                "/api/v1/meetings/{id}",
                union(
                        demo("forums.json", "meetings", DemoDataLoader::meetingId),
                        collect(each(forums, "/api/v1/forums/%s/meetings"), b -> b, "id")));
        ids.put("/api/v1/status-reports/{id}", collect(each(forums, "/api/v1/forums/%s/status-reports"), b -> b, "id"));
        // Grants (issue 10): the demo grants of three counties and the national one.
        ids.put("/api/v1/counties/{code}", new ArrayList<>(List.of("14", "19", "24")));
        ids.put(
                "/api/v1/grants/{id}",
                collect(
                        List.of(
                                "/api/v1/counties/14/grants",
                                "/api/v1/counties/19/grants",
                                "/api/v1/counties/24/grants",
                                "/api/v1/national-grants"),
                        b -> b,
                        "id"));
        ids.put(
                "/api/v1/federations/{id}",
                new ArrayList<>(List.of(
                        DemoDataLoader.organisationId("goteborgsregionen").toString())));
        ids.put(
                "/api/v1/funding/programmes/{id}",
                union(
                        demo("funding.json", "programmes", DemoDataLoader::fundingProgrammeId),
                        collect(List.of("/api/v1/funding/programmes"), b -> b, "id")));
        ids.put(
                "/api/v1/funding/calls/{id}",
                union(
                        demo("funding.json", "calls", DemoDataLoader::fundingCallId),
                        collect(List.of("/api/v1/funding/calls"), b -> b, "id")));
        ids.put(
                "/api/v1/funding/projects/{id}",
                union(
                        demo("funding.json", "projects", DemoDataLoader::fundingProjectId),
                        collect(List.of("/api/v1/funding/projects?size=100"), b -> b.path("items"), "id")));
        ids.put(
                "/api/v1/surveys/{id}",
                union(
                        demo("surveys.json", "surveys", DemoDataLoader::surveyId),
                        collect(List.of("/api/v1/surveys"), b -> b, "id")));
        // Results reports (issue 16): the demo draft, those of the list, and the years of the national compilation.
        ids.put(
                "/api/v1/results-reports/{id}",
                union(
                        new ArrayList<>(List.of(DemoDataLoader.resultsReportId("vastmanland-2022")
                                .toString())),
                        collect(List.of("/api/v1/results-reports"), b -> b, "id")));
        ids.put("/api/v1/national-results/{year}", new ArrayList<>(List.of("2021", "2022")));
        return ids;
    }

    /** The ids of the demo records in one of the demo files (an array, or an array under {@code field}). */
    private static List<String> demo(String file, String field, Function<String, java.util.UUID> id)
            throws java.io.IOException {
        try (java.io.InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/" + file)) {
            JsonNode root = JSON.readTree(in);
            List<String> ids = new ArrayList<>();
            (field == null ? root : root.path(field))
                    .forEach(record ->
                            ids.add(id.apply(record.path("key").asText()).toString()));
            return ids;
        }
    }

    private static List<String> union(List<String> first, List<String> then) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first);
        all.addAll(then);
        return new ArrayList<>(all);
    }

    /**
     * What the demo data has none of, made here so every operation has something to answer: a forum's status report
     * with invitations and a contribution, and one without either.
     */
    private static void fixtures(Map<String, List<String>> ids) {
        String forum =
                Forums.withMembers(DemoUser.COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun");
        Forums.createMeeting(
                DemoUser.COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(20));
        String report = Forums.openReport(DemoUser.COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 4));
        Forums.invite(DemoUser.COORDINATOR_VASTMANLAND, report, "vasteras-stad", "sala-kommun");
        DemoUser.MEMBER_VASTERAS
                .request()
                .contentType("application/json")
                .body(Forums.contribution("Boende", "Bostadsbristen består."))
                .put(Forums.REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad"))
                .then()
                .statusCode(201);
        String open = Forums.openReport(DemoUser.COORDINATOR_VASTMANLAND, forum, Forums.report(2027, 1));
        // An approved results report with a part, so the compilation shows a county's words.
        String results = se.samverkan.support.ResultsReports.approved(DemoUser.COORDINATOR_VASTMANLAND, "19");
        add(ids, "/api/v1/results-reports/{id}", results);
        add(
                ids,
                "/api/v1/national-results/{year}",
                DemoUser.ANONYMOUS
                        .request()
                        .get("/api/v1/results-reports/" + results)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("year")
                        .toString());
        add(ids, "/api/v1/forums/{id}", forum);
        add(ids, "/api/v1/status-reports/{id}", report);
        add(ids, "/api/v1/status-reports/{id}", open);
        ids.get("/api/v1/meetings/{id}")
                .addAll(collect(List.of("/api/v1/forums/" + forum + "/meetings"), b -> b, "id"));
        // Documents: a public file on an adopted agreement and an internal one on a meeting.
        String meeting = ids.get("/api/v1/meetings/{id}")
                .get(ids.get("/api/v1/meetings/{id}").size() - 1);
        ids.put(
                "/api/v1/documents/{id}",
                new ArrayList<>(List.of(
                        se.samverkan.support.Documents.attachPdf(
                                DemoUser.ADMIN,
                                "AGREEMENT",
                                se.samverkan.support.Agreements.VG_2024,
                                "PUBLIC",
                                "Avtal"),
                        se.samverkan.support.Documents.attachPdf(
                                DemoUser.COORDINATOR_VASTMANLAND, "MEETING", meeting, "INTERNAL", "Underlag"))));
        // Funding: an application granted in part, with its project and an account due.
        String call = se.samverkan.support.Fundings.openCall(se.samverkan.support.Fundings.programme());
        String application = se.samverkan.support.Fundings.inReview(
                call, se.samverkan.support.Fundings.application("vasteras-stad", "2000.00"));
        String project = se.samverkan.support.Fundings.decide(
                        DemoUser.COORDINATOR_VASTMANLAND, application, se.samverkan.support.Fundings.grant("1500.50"))
                .statusCode(200)
                .extract()
                .path("projectId");
        add(ids, "/api/v1/funding/calls/{id}", call);
        add(ids, "/api/v1/funding/projects/{id}", project);
        ids.put(
                "/api/v1/funding/applications/{id}",
                new ArrayList<>(List.of(
                        application,
                        se.samverkan.support.Fundings.apply(
                                DemoUser.MEMBER_VASTERAS,
                                call,
                                se.samverkan.support.Fundings.application("vasteras-stad", "10.00")))));
        ids.put(
                "/api/v1/funding/accounts/{id}",
                collect(List.of("/api/v1/funding/projects/" + project + "/accounts"), b -> b, "id"));
        // Open data (issue 16): every dataset; webhooks: a service account's subscription, to an address nobody
        // listens on.
        ids.put(
                "/api/v1/open-data/{dataset}",
                new ArrayList<>(java.util.Arrays.stream(se.samverkan.opendata.OpenDataset.values())
                        .map(d -> d.slug)
                        .toList()));
        ids.put("/api/v1/webhooks/{id}", new ArrayList<>(List.of((String) DemoUser.AGENCY_SYSTEM
                .request()
                .contentType("application/json")
                .body(java.util.Map.of("url", "http://127.0.0.1:9/conformance", "types", List.of("AGREEMENT")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id"))));
        // Surveys: an open one of Västmanland with Västerås's answer submitted.
        String survey = se.samverkan.support.Surveys.open(DemoUser.COORDINATOR_VASTMANLAND);
        String answer = se.samverkan.support.Surveys.answerPath(survey, Forums.organisation("vasteras-stad"));
        DemoUser.MEMBER_VASTERAS
                .request()
                .contentType("application/json")
                .body(se.samverkan.support.Surveys.answer(
                        se.samverkan.support.Surveys.keys(survey), "AGREE_PARTLY", "Bostadsbristen består."))
                .put(answer)
                .then()
                .statusCode(201);
        DemoUser.MEMBER_VASTERAS
                .request()
                .header("If-Match", se.samverkan.support.Surveys.etag(DemoUser.MEMBER_VASTERAS, answer))
                .post(answer + "/submission")
                .then()
                .statusCode(200);
        add(ids, "/api/v1/surveys/{id}", survey);
        ids.put(
                "/api/v1/documents?owner",
                new ArrayList<>(List.of(
                        "ownerType=AGREEMENT&ownerId=" + se.samverkan.support.Agreements.VG_2024,
                        "ownerType=MEETING&ownerId=" + meeting)));
        strategyFixtures(project);
    }

    /** The strategy process on Västmanland's RÖK: a phase owned by a forum, a chosen area and an activity of it. */
    private static void strategyFixtures(String project) {
        String rok = se.samverkan.support.Agreements.VASTMANLAND_ROK;
        String base = se.samverkan.support.Agreements.PATH + "/" + rok;
        DemoUser coordinator = DemoUser.COORDINATOR_VASTMANLAND;
        java.util.Map<String, Object> phase = se.samverkan.support.Strategies.phase(
                "Förankring", List.of(se.samverkan.support.Strategies.point("Förankring i rådet", true)));
        phase.put(
                "ownerForumId",
                DemoDataLoader.forumId("vastmanland-integrationsradet").toString());
        se.samverkan.support.Strategies.post(coordinator, base + "/process/phases", phase)
                .statusCode(201);
        se.samverkan.support.Strategies.post(
                        coordinator,
                        base + "/gap-findings",
                        java.util.Map.of(
                                "targetGroup", "NEWLY_ARRIVED", "finding", "Nätverk saknas", "foundOn", "2026-01-01"))
                .statusCode(201);
        var created = se.samverkan.support.Strategies.post(
                        coordinator,
                        base + "/areas-of-action",
                        java.util.Map.of("title", "Samverkan med psykiatri", "targetGroup", "NEWLY_ARRIVED"))
                .statusCode(201);
        String area = created.extract().path("id");
        var scored = se.samverkan.support.Strategies.put(
                        coordinator,
                        base + "/areas-of-action/" + area + "/score",
                        se.samverkan.support.Strategies.etagOf(created),
                        java.util.Map.of("effect", 4, "feasibility", 3))
                .statusCode(200);
        se.samverkan.support.Strategies.status(
                        coordinator,
                        base + "/areas-of-action/" + area,
                        se.samverkan.support.Strategies.etagOf(scored),
                        "CHOSEN")
                .statusCode(200);
        java.util.Map<String, Object> activity = se.samverkan.support.Strategies.activity(
                "Praktik",
                null,
                area,
                DemoDataLoader.organisationId("vasteras-stad").toString());
        activity.put(
                "partnerIds",
                List.of(DemoDataLoader.organisationId("sala-kommun").toString()));
        activity.put("projectId", project);
        se.samverkan.support.Strategies.post(coordinator, base + "/action-plan/activities", activity)
                .statusCode(201);
    }

    private static void add(Map<String, List<String>> ids, String prefix, String id) {
        ids.get(prefix).add(id);
    }

    private static List<String> each(List<String> ids, String format) {
        return ids.stream().map(id -> String.format(format, id)).toList();
    }

    private static List<String> collect(List<String> lists, Function<JsonNode, JsonNode> items, String field) {
        Set<String> found = new LinkedHashSet<>();
        for (String list : lists) {
            try {
                JsonNode body = JSON.readTree(DemoUser.ADMIN
                        .request()
                        .get(list)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
                items.apply(body).forEach(item -> found.add(item.path(field).asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(list, e);
            }
        }
        // Spread the pick over the whole list: drafts and adopted, several counties.
        List<String> all = new ArrayList<>(found);
        if (all.size() <= IDS_PER_SOURCE) {
            return all;
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < IDS_PER_SOURCE; i++) {
            picked.add(all.get(i * all.size() / IDS_PER_SOURCE));
        }
        return picked;
    }

    /** Concrete URLs of a template: each known id (nested ids from their parent), list pages at their largest size. */
    private static List<String> concrete(String template, Map<String, List<String>> ids) {
        if (template.equals("/api/v1/agreements/{agreementId}/goal-areas/{goalAreaId}")) {
            List<String> urls = new ArrayList<>();
            for (String agreement : ids.get("/api/v1/agreements/{agreementId}")) {
                collect(List.of("/api/v1/agreements/" + agreement), b -> b.path("goalAreas"), "id")
                        .forEach(area -> urls.add("/api/v1/agreements/" + agreement + "/goal-areas/" + area));
            }
            return urls;
        }
        if (template.equals("/api/v1/agreements/{id}/comparison")) {
            List<String> agreements = ids.get("/api/v1/agreements/{id}");
            List<String> urls = new ArrayList<>();
            for (int i = 0; i + 1 < agreements.size(); i++) {
                urls.add("/api/v1/agreements/" + agreements.get(i) + "/comparison?with=" + agreements.get(i + 1));
            }
            return urls;
        }
        if (template.equals("/api/v1/documents")) {
            return ids.get("/api/v1/documents?owner").stream()
                    .map(query -> template + "?" + query)
                    .toList();
        }
        if (template.equals("/api/v1/surveys/{id}/answers/{organisationId}")) {
            List<String> urls = new ArrayList<>();
            String vasteras = Forums.organisation("vasteras-stad");
            ids.get("/api/v1/surveys/{id}").forEach(id -> urls.add("/api/v1/surveys/" + id + "/answers/" + vasteras));
            urls.add("/api/v1/surveys/" + se.samverkan.support.Surveys.VASTERBOTTEN_2018 + "/answers/"
                    + Forums.organisation("umea-kommun"));
            return urls;
        }
        if (template.equals("/api/v1/grants/users")) {
            return List.of(template + "?q=vasteras");
        }
        if (template.equals("/api/v1/unsubscribe")) {
            String token = io.quarkus.arc.Arc.container()
                    .instance(se.samverkan.notification.UnsubscribeTokens.class)
                    .get()
                    .forUser("member.vasteras", se.samverkan.notification.Category.MEETING);
            return List.of(template + "?token=" + token);
        }
        if (template.equals("/api/v1/changes")) {
            return List.of(template, template + "?type=AGREEMENT&county=19&limit=500");
        }
        if (template.equals("/api/v1/search")) {
            return List.of(template + "?q=bost%C3%A4der", template + "?q=integration&kind=AGREEMENT&size=100");
        }
        Matcher parameter = PARAMETER.matcher(template);
        if (!parameter.find()) {
            boolean paged = Set.of(
                            "/api/v1/agreements",
                            "/api/v1/forums",
                            "/api/v1/organisations",
                            "/api/v1/action-items",
                            "/api/v1/funding/projects")
                    .contains(template);
            return paged ? List.of(template, template + "?size=100") : List.of(template);
        }
        String prefix = template.substring(0, parameter.end());
        List<String> values = ids.get(prefix);
        if (values == null) {
            throw new IllegalStateException(
                    "No ids known for " + prefix + " (in " + template + "): add their source to ids()");
        }
        String rest = template.substring(parameter.end());
        return values.stream()
                .map(value -> template.substring(0, parameter.start()) + value + rest)
                .toList();
    }

    private static int nulls(JsonNode node) {
        if (node.isNull()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += nulls(child);
        }
        return count;
    }

    /** The first violations, one per distinct message shape, so the failure names each kind of defect once. */
    private static List<String> distinct(List<String> violations, int limit) {
        Map<String, String> byShape = new LinkedHashMap<>();
        for (String violation : violations) {
            String shape = violation
                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
                    .replaceAll("\\[\\d+]", "[]")
                    .replaceAll(" as [A-Z_]+:", ":");
            byShape.putIfAbsent(shape, violation);
        }
        return byShape.keySet().stream().limit(limit).toList();
    }
}
