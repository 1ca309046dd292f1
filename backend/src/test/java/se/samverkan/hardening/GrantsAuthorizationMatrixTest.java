package se.samverkan.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.grant.GrantKind;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;
import se.samverkan.support.Fundings;

/**
 * What each scoped grant (issue 10) unlocks where it applies, and where it stops, against the expected status in
 * src/test/resources/authorization-matrix-grants.csv: one row per operation, caller and place. The main matrix
 * (authorization-matrix.csv) asks every operation of the fuzz fixtures, which lie in Västmanland and outside every
 * grant but the national reader's; this one puts each grant holder where the grant acts and beside it:
 * <ul>
 * <li>{@code lokAuthor}: Arbetsförmedlingen's LÖK author, on a Västerås LÖK under the Västmanland RÖK (the author's
 *     organisation a party) and on a Västerås LÖK without it; {@code memberWithoutGrant} is the same organisation's
 *     member without the grant.</li>
 * <li>{@code forumEditor}: Västerås's member with a forum-editor grant for one Västmanland forum, on its meeting and on
 *     the meeting of another Västmanland forum where Västerås is a member too: agenda, papers and draft minutes, never
 *     publishing or deleting.</li>
 * <li>{@code statistics}: the statistics system with its indicator grant, on its indicator and on another one.</li>
 * <li>{@code grCoordinator}: GR's federation coordinator, on the GR network (which GR convenes) and on Västmanland
 *     forums: also the operations members share with the forum's managers (an action item's status, a contribution
 *     for an invited organisation), which a caller with grants only reaches past the role gate.</li>
 * <li>{@code countyCoordinator}: Västerbotten's coordinator by grant only, in Västerbotten and in Västmanland.</li>
 * <li>{@code nationalReader}: reads every county's internal work, changes none of it.</li>
 * <li>{@code memberConcerned} (Västerås stad: a member of the forums, invited to the status report, owner of the action
 *     item) against {@code memberUninvolved} (Arbetsförmedlingen: none of these).</li>
 * </ul>
 * Writes carry a stale If-Match where they take one, so an allowed caller gets 412 and nothing changes. Every row is
 * checked; a row naming an operation openapi.yaml lacks, an unknown caller or place fails, and so does a grant without
 * both an allowed and a refused row.
 */
@QuarkusTest
class GrantsAuthorizationMatrixTest {

    private static final Path MATRIX = Path.of("src", "test", "resources", "authorization-matrix-grants.csv");
    private static final String HEADER = "operationId,caller,place,expected";

    /** The callers of the rows. */
    static final Map<String, DemoUser> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("lokAuthor", DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN);
        CALLERS.put("memberWithoutGrant", DemoUser.MEMBER_ARBETSFORMEDLINGEN);
        CALLERS.put("forumEditor", DemoUser.EDITOR_VASTERAS);
        CALLERS.put("statistics", DemoUser.STATISTICS_SYSTEM);
        CALLERS.put("grCoordinator", DemoUser.COORDINATOR_GR);
        CALLERS.put("countyCoordinator", DemoUser.COORDINATOR_VASTERBOTTEN);
        CALLERS.put("nationalReader", DemoUser.NATIONAL_READER);
        CALLERS.put("memberConcerned", DemoUser.MEMBER_VASTERAS);
        CALLERS.put("memberUninvolved", DemoUser.MEMBER_ARBETSFORMEDLINGEN);
        CALLERS.put("coordinator", DemoUser.COORDINATOR_VASTMANLAND);
    }

    /** Which caller holds which grant: each grant needs an allowed and a refused row. */
    static final Map<GrantKind, String> HOLDERS = new EnumMap<>(GrantKind.class);

    static {
        HOLDERS.put(GrantKind.COUNTY_COORDINATOR, "countyCoordinator");
        HOLDERS.put(GrantKind.FEDERATION_COORDINATOR, "grCoordinator");
        HOLDERS.put(GrantKind.LOK_AUTHOR, "lokAuthor");
        HOLDERS.put(GrantKind.FORUM_EDITOR, "forumEditor");
        HOLDERS.put(GrantKind.STATISTICS_PROVIDER, "statistics");
        HOLDERS.put(GrantKind.NATIONAL_READER, "nationalReader");
    }

    /** Where a row acts: path parameters by name, sample bodies by schema, and the form of a file upload. */
    record Place(
            Map<String, String> path, Map<String, Supplier<Map<String, Object>>> bodies, Map<String, String> form) {

        static Place of(Map<String, String> path) {
            return new Place(path, Map.of(), Map.of());
        }

        static Place body(String schema, Supplier<Map<String, Object>> body) {
            return new Place(Map.of(), Map.of(schema, body), Map.of());
        }
    }

    @Test
    void everyGrantActsWhereItAppliesAndNowhereElse() throws IOException {
        JsonNode spec = AuthorizationMatrixTest.spec();
        Map<String, Operation> operations = new HashMap<>();
        spec.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                        operations.put(
                                method.getValue().path("operationId").asText(),
                                new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));

        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).equals(HEADER), MATRIX + ": the columns are " + HEADER);
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                failures.add("not four cells: " + line);
                continue;
            }
            rows.add(new Row(cells[0], cells[1], cells[2], Integer.parseInt(cells[3])));
        }

        OperationFuzzTest.Fixtures fixtures = OperationFuzzTest.Fixtures.create();
        Scene scene = Scene.create(fixtures);
        try {
            for (Row row : rows) {
                Operation operation = operations.get(row.operationId());
                DemoUser caller = CALLERS.get(row.caller());
                Place place = scene.places.get(row.place());
                if (operation == null || caller == null || place == null) {
                    failures.add(row + ": " + (operation == null ? "no such operation in openapi.yaml" : "")
                            + (caller == null ? " unknown caller" : "") + (place == null ? " unknown place" : ""));
                    continue;
                }
                Map<String, Supplier<Map<String, Object>>> samples = new HashMap<>(fixtures.samples);
                samples.putAll(place.bodies());
                int status = AuthorizationMatrixTest.send(
                        operation.method(),
                        operation.path(),
                        operation.node(),
                        caller,
                        name -> {
                            String value = place.path().get(name);
                            if (value == null) {
                                throw new IllegalStateException(row + ": the place has no " + name);
                            }
                            return value;
                        },
                        fixtures::queryValue,
                        samples,
                        place.form());
                if (status != row.expected()) {
                    failures.add(row + ": answered " + status);
                }
            }
        } finally {
            scene.close();
        }

        // Each grant is shown both where it acts and where it stops.
        HOLDERS.forEach((kind, holder) -> {
            boolean allowed = rows.stream().anyMatch(r -> r.caller().equals(holder) && r.allowed());
            boolean refused = rows.stream().anyMatch(r -> r.caller().equals(holder) && !r.allowed());
            if (!allowed || !refused) {
                failures.add(kind + " (" + holder + ") needs an allowed and a refused row");
            }
        });
        assertTrue(failures.isEmpty(), HEADER + "\n" + String.join("\n", failures));
    }

    record Operation(String method, String path, JsonNode node) {}

    record Row(String operationId, String caller, String place, int expected) {
        boolean allowed() {
            return expected < 400 || expected == 412 || expected == 409;
        }

        @Override
        public String toString() {
            return operationId + "," + caller + "," + place + "," + expected;
        }
    }

    /** The things the rows act on, made by their owners before the rows run; the editor's grant is revoked after. */
    static final class Scene {
        final Map<String, Place> places = new HashMap<>();
        String editorGrant;

        static Scene create(OperationFuzzTest.Fixtures fixtures) {
            Scene scene = new Scene();
            DemoUser coordinator = DemoUser.COORDINATOR_VASTMANLAND;
            DemoUser author = DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN;
            String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();

            // LÖKs of Västerås (1980): one under the RÖK with Arbetsförmedlingen's unit a party, one without it.
            Supplier<Map<String, Object>> vasterasLok = () -> local("19", "1980");
            String lok = Agreements.create(author, vasterasLok.get());
            Agreements.addParty(author, lok, "vasteras-stad", "SIGNATORY");
            Agreements.addParty(author, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
            Agreements.addGoalArea(author, lok, "1", "Arbete");
            scene.places.put(
                    "vasterasLok",
                    new Place(Map.of("id", lok, "agreementId", lok), Map.of("AgreementInput", vasterasLok), Map.of()));
            String adopted = adoptedLok(author);
            scene.places.put("adoptedVasterasLok", Place.of(Map.of("id", adopted, "agreementId", adopted)));
            Supplier<Map<String, Object>> outside = () -> {
                Map<String, Object> body = local("19", "1980");
                body.remove("parentAgreementId");
                return body;
            };
            String other = Agreements.create(coordinator, outside.get());
            Agreements.addParty(coordinator, other, "vasteras-stad", "SIGNATORY");
            scene.places.put(
                    "lokWithoutAuthorsOrganisation",
                    new Place(Map.of("id", other, "agreementId", other), Map.of("AgreementInput", outside), Map.of()));
            scene.places.put("newVasterasLok", Place.body("AgreementInput", vasterasLok));
            scene.places.put("newGoteborgLok", Place.body("AgreementInput", () -> local("14", "1480")));

            // A Västmanland forum with Västerås a member, a meeting yesterday with a point, and a status report
            // Västerås is invited to; editor.vasteras edits it. The fuzz fixture forum is another Västmanland forum
            // with Västerås a member, and no editor.
            String forum = Forums.withMembers(coordinator, "19", "REGIONAL", "vasteras-stad");
            String meeting =
                    Forums.createMeeting(coordinator, forum, LocalDate.now().minusDays(1));
            String point = Forums.addAgendaItem(coordinator, meeting, "Lägesbild", "PRESENTATION");
            Forums.writeMinutes(coordinator, meeting, point, "Lägesbild", "PRESENTATION", "Läget redovisades.");
            String report = Forums.openReport(coordinator, forum, Forums.report(2031, 4));
            Forums.invite(coordinator, report, "vasteras-stad");
            scene.editorGrant = DemoUser.ADMIN
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "kind",
                            "FORUM_EDITOR",
                            "subjectType",
                            "USER",
                            "subject",
                            "editor.vasteras",
                            "forumId",
                            forum))
                    .post("/api/v1/grants")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Supplier<Map<String, Object>> plainDecision = () -> new HashMap<>(
                    Map.of("text", "Rådet tog del av lägesbilden", "outcome", "NOTED", "subject", "OTHER"));
            scene.places.put("editedForum", Place.of(Map.of("id", forum)));
            scene.places.put(
                    "editedMeeting",
                    new Place(
                            Map.of("id", meeting, "itemId", point),
                            Map.of("DecisionInput", plainDecision),
                            Map.of(
                                    "ownerType",
                                    "MEETING",
                                    "ownerId",
                                    meeting,
                                    "title",
                                    "Underlag",
                                    "kind",
                                    "APPENDIX",
                                    "language",
                                    "sv",
                                    "visibility",
                                    "INTERNAL")));
            scene.places.put("editedForumReport", Place.of(Map.of("id", report, "organisationId", vasteras)));
            String otherMeeting = fixtures.ids.get("meetings");
            scene.places.put("otherForum", Place.of(Map.of("id", fixtures.ids.get("forums"))));
            scene.places.put(
                    "otherMeeting",
                    new Place(
                            Map.of("id", otherMeeting, "itemId", fixtures.ids.get("agenda-items")),
                            Map.of("DecisionInput", plainDecision),
                            Map.of(
                                    "ownerType",
                                    "MEETING",
                                    "ownerId",
                                    otherMeeting,
                                    "title",
                                    "Underlag",
                                    "kind",
                                    "APPENDIX",
                                    "language",
                                    "sv",
                                    "visibility",
                                    "INTERNAL")));
            scene.places.put("actionItem", Place.of(Map.of("id", fixtures.ids.get("action-items"))));

            // The GR network, convened by GR, with a meeting its coordinator holds.
            String gr = Forums.demo("gr-natverket");
            String grMeeting = Forums.createMeeting(
                    DemoUser.COORDINATOR_GR, gr, LocalDate.now().plusDays(20));
            String grPoint = Forums.addAgendaItem(DemoUser.COORDINATOR_GR, grMeeting, "Läget i kommunerna", "OTHER");
            scene.places.put("grForum", Place.of(Map.of("id", gr)));
            scene.places.put("grMeeting", Place.of(Map.of("id", grMeeting, "itemId", grPoint)));
            // An action item of the GR meeting and a GR status report inviting Västra Götalandsregionen: the network's
            // coordinator moves the item and submits for the invited organisation, as a county's coordinator does.
            String grItem = Forums.handOut(
                    DemoUser.COORDINATOR_GR,
                    grMeeting,
                    grPoint,
                    Forums.actionItem("Sammanställ läget i kommunerna", "goteborgsregionen"));
            String grReport = Forums.openReport(DemoUser.COORDINATOR_GR, gr, Forums.report(2033, 1));
            Forums.invite(DemoUser.COORDINATOR_GR, grReport, "vastra-gotalandsregionen");
            scene.places.put("grActionItem", Place.of(Map.of("id", grItem)));
            scene.places.put(
                    "grReport",
                    Place.of(Map.of(
                            "id",
                            grReport,
                            "organisationId",
                            DemoDataLoader.organisationId("vastra-gotalandsregionen")
                                    .toString())));

            // Indicators: one the statistics system's grant names, and the fuzz fixture's.
            scene.places.put(
                    "grantedIndicator",
                    Place.of(Map.of(
                            "id",
                            DemoDataLoader.indicatorId("vastmanland-rup-arbete-inom-tva-ar")
                                    .toString())));
            scene.places.put("otherIndicator", Place.of(Map.of("id", fixtures.ids.get("indicators"))));
            scene.places.put("followUpRound", Place.of(Map.of("id", fixtures.ids.get("follow-up-rounds"))));

            // Calls and forums of a county: Västerbotten (24) and Västmanland (19).
            String programme = fixtures.ids.get("programmes");
            scene.places.put(
                    "newVasterbottenCall",
                    Place.body("FundingCallInput", () -> Fundings.call(programme, "24", 2031, "2099-12-31")));
            scene.places.put(
                    "newVastmanlandCall",
                    Place.body("FundingCallInput", () -> Fundings.call(programme, "19", 2031, "2099-12-31")));
            scene.places.put("newVasterbottenForum", Place.body("ForumInput", () -> Forums.input("24", "REGIONAL")));
            scene.places.put("newVastmanlandForum", Place.body("ForumInput", () -> Forums.input("19", "REGIONAL")));
            return scene;
        }

        /** The editor's grant goes again, so that editor.vasteras holds no grant outside this test. */
        void close() {
            if (editorGrant == null) {
                return;
            }
            String etag = DemoUser.ADMIN
                    .request()
                    .get("/api/v1/grants/" + editorGrant)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            DemoUser.ADMIN
                    .request()
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .post("/api/v1/grants/" + editorGrant + "/revocation")
                    .then()
                    .statusCode(200);
        }

        private static String adoptedLok(DemoUser author) {
            String lok = Agreements.create(author, local("19", "1980"));
            Agreements.addParty(author, lok, "vasteras-stad", "SIGNATORY");
            Agreements.addParty(author, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
            String work = Agreements.addGoalArea(author, lok, "1", "Arbete");
            author.request()
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "organisationId",
                            DemoDataLoader.organisationId("vasteras-stad").toString(),
                            "kind",
                            "RESPONSIBLE",
                            "level",
                            "LOCAL"))
                    .post(Agreements.PATH + "/" + lok + "/goal-areas/" + work + "/responsibilities")
                    .then()
                    .statusCode(201);
            Agreements.changeStatus(author, lok, "CONSULTATION").statusCode(200);
            Agreements.changeStatus(author, lok, "ADOPTED").statusCode(200);
            return lok;
        }

        private static Map<String, Object> local(String county, String municipality) {
            Map<String, Object> body = Agreements.input(county);
            body.put("kind", "LOCAL");
            body.put("municipalityCode", municipality);
            if (county.equals("19")) {
                body.put("parentAgreementId", Agreements.VASTMANLAND_ROK);
            }
            return body;
        }
    }
}
