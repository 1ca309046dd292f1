package se.samverkan.forum;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.Forums.ITEMS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;
import static se.samverkan.support.Forums.REPORTS;
import static se.samverkan.support.Forums.STRUCTURE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.Forums;
import se.samverkan.support.TestData;

/** Every invalid input is a 400 problem naming the field and stores nothing; stale or blind edits are 412/428. */
@QuarkusTest
class ForumValidationTest {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000009";

    private static String forum;
    private static String meeting;
    private static String agendaItem;

    @BeforeEach
    void createForum() {
        if (forum == null) {
            forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
            meeting = Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
            agendaItem = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
        }
    }

    static List<Object[]> invalidForums() {
        String vg = Forums.demo("vg-regionala-samradet");
        String integrationsradet = Forums.demo("vastmanland-integrationsradet");
        return List.of(
                new Object[] {"name", Map.of("name", " "), "must not be blank"},
                new Object[] {"name", Map.of("name", "x".repeat(201)), "must be at most 200 characters"},
                new Object[] {"kind", nullValue("kind"), "must be given"},
                new Object[] {
                    "level", Map.of("level", "PLANETARY"), "must be one of [NATIONAL, REGIONAL, SUBREGIONAL, LOCAL]"
                },
                new Object[] {"countyCode", Map.of("countyCode", "1"), "must be a two-digit county code"},
                new Object[] {"countyCode", Map.of("countyCode", "98"), "no county has the code 98"},
                new Object[] {"countyCode", nullValue("countyCode"), "is required unless the level is NATIONAL"},
                new Object[] {"countyCode", Map.of("level", "NATIONAL"), "a national forum has no county"},
                new Object[] {"meetingsPerYear", Map.of("meetingsPerYear", 0), "must be between 1 and 52"},
                new Object[] {"meetingsPerYear", Map.of("meetingsPerYear", 53), "must be between 1 and 52"},
                new Object[] {"mandate[1]", Map.of("mandate", List.of("Initiera uppdrag", " ")), "must not be blank"},
                new Object[] {
                    "purposes[0]", Map.of("purposes", List.of("x".repeat(2001))), "must be at most 2000 characters"
                },
                new Object[] {
                    "convenerOrganisationId",
                    Map.of("convenerOrganisationId", UNKNOWN),
                    "no organisation has the id " + UNKNOWN
                },
                new Object[] {
                    "parentForumId",
                    Map.of("parentForumId", UNKNOWN, "parentRelation", "REPORTS_TO"),
                    "no forum has the id " + UNKNOWN
                },
                new Object[] {
                    "parentRelation", Map.of("parentForumId", integrationsradet), "is required with parentForumId"
                },
                new Object[] {
                    "parentRelation", Map.of("parentRelation", "REPORTS_TO"), "is given only with parentForumId"
                },
                new Object[] {"parentForumId", Map.of("kind", "WORKING_GROUP"), "is required for a working group"},
                new Object[] {
                    "parentForumId",
                    Map.of("parentForumId", vg, "parentRelation", "REPORTS_TO"),
                    "must be a forum of the same county or a national forum"
                },
                new Object[] {
                    "parentForumId",
                    Map.of(
                            "level",
                            "NATIONAL",
                            "countyCode",
                            NULL,
                            "parentForumId",
                            integrationsradet,
                            "parentRelation",
                            "REPORTS_TO"),
                    "must be a forum of the same county or a national forum"
                },
                new Object[] {
                    "parentForumId",
                    Map.of("parentForumId", Forums.demo("vasterbotten-dialoggruppen"), "parentRelation", "REPORTS_TO"),
                    "must be a forum or network, not a working group"
                },
                new Object[] {"endsOn", Map.of("endsOn", "2026-12-31"), "only a working group has an end date"},
                new Object[] {"endsOn", Map.of("endsOn", "2026-13-01"), "must be a date such as 2024-03-16"},
                new Object[] {
                    "agreementIds", Map.of("agreementIds", List.of(UNKNOWN)), "no agreement has the id " + UNKNOWN
                },
                new Object[] {
                    "agreementIds",
                    Map.of("agreementIds", List.of(Agreements.VG_2024)),
                    "\"Samverkan inom migration och integration i Västra Götaland\" is not an agreement of county 19"
                },
                new Object[] {"colour", Map.of("colour", "blue"), "is not a known property"});
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidForums")
    void invalidForumFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = Forums.input("19", "REGIONAL");
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        var user = "NATIONAL".equals(body.get("level")) ? ADMIN : COORDINATOR_VASTMANLAND;
        assertField(post(user, PATH, body), field, message);
        if (!field.equals("name")) {
            ADMIN.request().queryParam("q", body.get("name")).get(PATH).then().body("total", equalTo(0));
        }
    }

    @Test
    void aForumPreparesOnlyForOneAtTheSameOrAHigherLevel() {
        Map<String, Object> regional = Forums.input("19", "REGIONAL");
        regional.put("parentForumId", Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "LOCAL")));
        regional.put("parentRelation", "REPORTS_TO");
        assertField(
                post(COORDINATOR_VASTMANLAND, PATH, regional),
                "parentForumId",
                "must be at the same or a higher level than REGIONAL");

        String top = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        Map<String, Object> below = Forums.input("19", "SUBREGIONAL");
        below.put("parentForumId", top);
        below.put("parentRelation", "REPORTS_TO");
        String child = Forums.create(COORDINATOR_VASTMANLAND, below);
        Map<String, Object> cycle = Forums.input("19", "REGIONAL");
        cycle.put("parentForumId", child);
        cycle.put("parentRelation", "PREPARES_FOR");
        assertField(
                replace(PATH + "/" + top, cycle),
                "parentForumId",
                "a forum cannot prepare for itself or for a forum that prepares for it");
        Map<String, Object> lower = Forums.input("19", "LOCAL");
        assertField(
                replace(PATH + "/" + top, lower),
                "level",
                below.get("name") + " prepares for or reports to this forum and is at a higher level");
        Map<String, Object> group = Forums.input("19", "REGIONAL");
        group.put("kind", "WORKING_GROUP");
        group.put("parentForumId", Forums.demo("vastmanland-integrationsradet"));
        group.put("parentRelation", "PREPARES_FOR");
        assertField(
                replace(PATH + "/" + top, group),
                "kind",
                "a forum that others prepare for or report to cannot be a working group");
        ADMIN.request()
                .get(PATH + "/" + top)
                .then()
                .body("kind", equalTo("FORUM"))
                .body("level", equalTo("REGIONAL"))
                .body("linkedFrom[0].id", equalTo(child));
    }

    @Test
    void aForumWithAHistoryIsKept() {
        ADMIN.request()
                .header("If-Match", Forums.etag(PATH + "/" + forum))
                .delete(PATH + "/" + forum)
                .then()
                .statusCode(409)
                .body("rule", equalTo("forum-in-use"));
        String empty = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "LOCAL", "sala-kommun");
        COORDINATOR_VASTMANLAND.request().delete(PATH + "/" + empty).then().statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Forums.etag(PATH + "/" + empty))
                .delete(PATH + "/" + empty)
                .then()
                .statusCode(204);
        ANONYMOUS.request().get(PATH + "/" + empty).then().statusCode(404);
    }

    @Test
    void membersAreValidatedAndAddedOnce() {
        String members = PATH + "/" + forum + "/members";
        assertField(post(COORDINATOR_VASTMANLAND, members, Map.of()), "organisationId", "must be given");
        assertField(
                post(COORDINATOR_VASTMANLAND, members, Map.of("organisationId", UNKNOWN)),
                "organisationId",
                "no organisation has the id " + UNKNOWN);
        assertField(
                post(
                        COORDINATOR_VASTMANLAND,
                        members,
                        Map.of("organisationId", Forums.organisation("sala-kommun"), "role", "BOSS")),
                "role",
                "must be one of [MANAGER, EXPERT]");
        assertField(
                post(
                        COORDINATOR_VASTMANLAND,
                        members,
                        Map.of(
                                "organisationId",
                                Forums.organisation("sala-kommun"),
                                "representatives",
                                List.of(Map.of("name", "")))),
                "representatives[0].name",
                "must not be blank");
        post(COORDINATOR_VASTMANLAND, members, Map.of("organisationId", Forums.organisation("vasteras-stad")))
                .statusCode(409)
                .body("errors[0].field", equalTo("organisationId"));
        String member = post(
                        COORDINATOR_VASTMANLAND,
                        members,
                        Map.of(
                                "organisationId",
                                Forums.organisation("kungsors-kommun"),
                                "role",
                                "MANAGER",
                                "representatives",
                                List.of(
                                        Map.of("name", "Anna Andersson", "title", "Kommundirektör"),
                                        Map.of("name", "Bo Berg", "substitute", true))))
                .statusCode(201)
                .body("representatives[1].substitute", equalTo(true))
                .body("representatives[0].substitute", equalTo(false))
                .extract()
                .path("id");
        Map<String, Object> expert = Map.of("organisationId", Forums.organisation("kungsors-kommun"), "role", "EXPERT");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(expert)
                .put(members + "/" + member)
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(expert)
                .put(members + "/" + member)
                .then()
                .statusCode(200)
                .body("role", equalTo("EXPERT"))
                .body("version", equalTo(1));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(expert)
                .put(members + "/" + member)
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"1\"")
                .delete(members + "/" + member)
                .then()
                .statusCode(204);
        ANONYMOUS
                .request()
                .get(PATH + "/" + forum)
                .then()
                .body("members.organisation.name", org.hamcrest.Matchers.not(hasItem("Kungsörs kommun")));
    }

    @Test
    void staleForumEditsAreRefused() {
        String id = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "LOCAL"));
        Map<String, Object> body = Forums.input("19", "LOCAL");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .put(PATH + "/" + id)
                .then()
                .statusCode(428)
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        String etag = Forums.etag(PATH + "/" + id);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(TestData.with(body, "chair", "Första"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(200);
        ADMIN.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(TestData.with(body, "chair", "Andra"))
                .put(PATH + "/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:samverkan:problem:precondition-failed"));
        ANONYMOUS.request().get(PATH + "/" + id).then().body("chair", equalTo("Första"));
    }

    static List<Object[]> invalidMeetings() {
        return List.of(
                new Object[] {"date", nullValue("date"), "must be given"},
                new Object[] {"date", Map.of("date", "16 mars 2018"), "must be a date such as 2024-03-16"},
                new Object[] {"startTime", Map.of("startTime", "25:00"), "must be a time such as 09:30"},
                new Object[] {"endTime", Map.of("endTime", "09:00"), "must be after startTime"},
                new Object[] {"endTime", Map.of("startTime", NULL), "is given only with startTime"},
                new Object[] {"onlineUrl", Map.of("onlineUrl", "ftp://example.se"), "must be an http or https address"},
                new Object[] {"location", Map.of("location", "x".repeat(501)), "must be at most 500 characters"},
                new Object[] {
                    "attendees[0]",
                    Map.of("attendees", List.of(Map.of("title", "Enhetschef"))),
                    "needs a name or an organisation"
                },
                new Object[] {
                    "attendees[0].organisationId",
                    Map.of("attendees", List.of(Map.of("organisationId", UNKNOWN))),
                    "no organisation has the id " + UNKNOWN
                },
                new Object[] {
                    "attendees[0].name",
                    Map.of("attendees", List.of(Map.of("name", "x".repeat(201)))),
                    "must be at most 200 characters"
                });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidMeetings")
    void invalidMeetingFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = Forums.meeting(LocalDate.of(2026, 5, 4));
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        assertField(post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/meetings", body), field, message);
        ANONYMOUS
                .request()
                .queryParam("from", "2026-05-04")
                .queryParam("to", "2026-05-04")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .body("size()", equalTo(0));
    }

    static List<Object[]> invalidAgendaItems() {
        String rus = DemoDataLoader.agreementId("vasterbotten-rus-2018").toString();
        return List.of(
                new Object[] {"title", Map.of("title", ""), "must not be blank"},
                new Object[] {"kind", Map.of("kind", "COFFEE"), null},
                new Object[] {"kind", nullValue("kind"), "must be given"},
                new Object[] {"position", Map.of("position", 0), "must be 1 or more"},
                new Object[] {
                    "agreementId",
                    Map.of("kind", "STANDING_FOLLOW_UP"),
                    "is required for a standing follow-up of an agreement or strategy"
                },
                new Object[] {"agreementId", Map.of("agreementId", UNKNOWN), "no agreement has the id " + UNKNOWN},
                new Object[] {"agreementId", Map.of("agreementId", rus), "must be an agreement of county 19"},
                new Object[] {"goalAreaId", Map.of("goalAreaId", UNKNOWN), "no goal area has the id " + UNKNOWN},
                new Object[] {"minutes", Map.of("minutes", "x".repeat(50001)), "must be at most 50000 characters"});
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidAgendaItems")
    void invalidAgendaItemFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = Forums.agendaItem("Ogiltig punkt", "PRESENTATION");
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        assertField(post(COORDINATOR_VASTMANLAND, MEETINGS + "/" + meeting + "/agenda-items", body), field, message);
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda.title", org.hamcrest.Matchers.not(hasItem("Ogiltig punkt")));
    }

    @Test
    void aGoalAreaMustBelongToTheAgreement() {
        String rok = Agreements.VASTMANLAND_ROK;
        String goalArea =
                ANONYMOUS.request().get("/api/v1/agreements/" + rok).path("goalAreas.find { it.number == '3.6' }.id");
        String otherGoalArea = ANONYMOUS
                .request()
                .get("/api/v1/agreements/" + Agreements.VG_2024)
                .path("goalAreas[0].id");
        Map<String, Object> body = Forums.agendaItem("Bosättning", "STANDING_FOLLOW_UP");
        body.put("agreementId", rok);
        body.put("goalAreaId", otherGoalArea);
        assertField(
                post(COORDINATOR_VASTMANLAND, MEETINGS + "/" + meeting + "/agenda-items", body),
                "goalAreaId",
                "is not a goal area of agreement " + rok);
        body.remove("agreementId");
        assertField(
                post(COORDINATOR_VASTMANLAND, MEETINGS + "/" + meeting + "/agenda-items", body),
                "goalAreaId",
                "must be an agreement of county 19");
        body.put("goalAreaId", goalArea);
        post(COORDINATOR_VASTMANLAND, MEETINGS + "/" + meeting + "/agenda-items", body)
                .statusCode(201)
                .body("agreement.id", equalTo(rok))
                .body("goalArea.number", equalTo("3.6"));
    }

    static List<Object[]> invalidDecisions() {
        String rok = Agreements.VASTMANLAND_ROK;
        return List.of(
                new Object[] {"text", Map.of("text", " "), "must not be blank"},
                new Object[] {"outcome", nullValue("outcome"), "must be given"},
                new Object[] {"outcome", Map.of("outcome", "POSTPONED"), "must be one of [ADOPTED, REJECTED, NOTED]"},
                new Object[] {"subject", nullValue("subject"), "must be given"},
                new Object[] {
                    "goalAreaId",
                    Map.of("subject", "YEARLY_PRIORITY", "year", 2026, "agreementId", rok),
                    "is required for a yearly priority"
                },
                new Object[] {
                    "year",
                    Map.of("subject", "YEARLY_PRIORITY", "agreementId", rok),
                    "is required for a yearly priority"
                },
                new Object[] {"year", Map.of("year", 2026), "is given only for a yearly priority"},
                new Object[] {"year", Map.of("subject", "YEARLY_PRIORITY", "year", 1800), "must be 1990 or later"},
                new Object[] {
                    "agreementId",
                    Map.of("subject", "STRATEGY"),
                    "is required when the decision is about a strategy or an agreement"
                });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidDecisions")
    void invalidDecisionFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "text", "Rådet beslutade att fastställa prioriteringarna", "outcome", "ADOPTED", "subject", "OTHER"));
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        assertField(
                post(
                        COORDINATOR_VASTMANLAND,
                        MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/decisions",
                        body),
                field,
                message);
    }

    @Test
    void aDecisionCanAdoptAYearlyPriority() {
        String rok = Agreements.VASTMANLAND_ROK;
        String goalArea =
                ANONYMOUS.request().get("/api/v1/agreements/" + rok).path("goalAreas.find { it.number == '3.3' }.id");
        String decision = post(
                        COORDINATOR_VASTMANLAND,
                        MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/decisions",
                        Map.of(
                                "text",
                                "Integrationsrådet beslutade att prioritera arbete och praktik 2027",
                                "outcome",
                                "ADOPTED",
                                "subject",
                                "YEARLY_PRIORITY",
                                "goalAreaId",
                                goalArea,
                                "year",
                                2027))
                .statusCode(201)
                .body("agreement.id", equalTo(rok))
                .body("goalArea.number", equalTo("3.3"))
                .body("year", equalTo(2027))
                .extract()
                .path("id");
        String path = MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/decisions/" + decision;
        Map<String, Object> rejected = Map.of("text", "Förslaget avslogs", "outcome", "REJECTED", "subject", "OTHER");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(rejected)
                .put(path)
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(rejected)
                .put(path)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("REJECTED"))
                .body("goalArea", equalTo(null));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .delete(path)
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"1\"")
                .delete(path)
                .then()
                .statusCode(204);
    }

    static List<Object[]> invalidActionItems() {
        return List.of(
                new Object[] {"title", Map.of("title", ""), "must not be blank"},
                new Object[] {"title", Map.of("title", "x".repeat(301)), "must be at most 300 characters"},
                new Object[] {"ownerOrganisationId", nullValue("ownerOrganisationId"), "must be given"},
                new Object[] {
                    "ownerOrganisationId",
                    Map.of("ownerOrganisationId", UNKNOWN),
                    "no organisation has the id " + UNKNOWN
                },
                new Object[] {"dueOn", Map.of("dueOn", "snart"), "must be a date such as 2024-03-16"},
                new Object[] {"assigneeForumId", Map.of("assigneeForumId", UNKNOWN), "no forum has the id " + UNKNOWN},
                new Object[] {
                    "assigneeForumId",
                    Map.of("assigneeForumId", Forums.demo("vasterbotten-dialoggruppen")),
                    "must be a forum of the same county or a national forum"
                });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidActionItems")
    void invalidActionItemFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = Forums.actionItem("Ogiltigt uppdrag", "vasteras-stad");
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        assertField(
                post(
                        COORDINATOR_VASTMANLAND,
                        MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/action-items",
                        body),
                field,
                message);
        ADMIN.request()
                .queryParam("forum", forum)
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .body("items.title", org.hamcrest.Matchers.not(hasItem("Ogiltigt uppdrag")));
    }

    @Test
    void actionItemChangesAreValidatedAndNeedTheCurrentETag() {
        String item = Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, agendaItem, Forums.actionItem("Uppdrag", "vasteras-stad"));
        String path = ITEMS + "/" + item;
        assertField(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("status", "FINISHED"))
                        .post(path + "/status")
                        .then(),
                "status",
                "must be one of [OPEN, IN_PROGRESS, DONE, CANCELLED]");
        assertField(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("status", "DONE", "note", "x".repeat(2001)))
                        .post(path + "/status")
                        .then(),
                "note",
                "must be at most 2000 characters");
        assertField(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of())
                        .post(path + "/escalation")
                        .then(),
                "forumId",
                "must be given");
        assertField(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("forumId", UNKNOWN))
                        .post(path + "/escalation")
                        .then(),
                "forumId",
                "no forum has the id " + UNKNOWN);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "DONE"))
                .post(path + "/status")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Forums.actionItem("Nytt", "vasteras-stad"))
                .put(path)
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("forumId", Forums.demo("samverkansdelegationen")))
                .post(path + "/escalation")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Forums.actionItem("Nytt", "vasteras-stad"))
                .put(path)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .post(path + "/status")
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("forumId", Forums.demo("samverkansdelegationen")))
                .post(path + "/escalation")
                .then()
                .statusCode(412);
        ANONYMOUS.request().get(path).then().statusCode(404);
        ADMIN.request()
                .get(path)
                .then()
                .body("title", equalTo("Nytt"))
                .body("status", equalTo("OPEN"))
                .body("raisedTo.size()", equalTo(0));
    }

    static List<Object[]> invalidReports() {
        return List.of(
                new Object[] {"year", nullValue("year"), "must be given"},
                new Object[] {"year", Map.of("year", 2101), "must be 2100 or earlier"},
                new Object[] {"quarter", Map.of("quarter", 5), "must be between 1 and 4"},
                new Object[] {"quarter", Map.of("quarter", 0), "must be between 1 and 4"},
                new Object[] {"title", Map.of("title", ""), "must not be blank"},
                new Object[] {"themes", Map.of("themes", List.of()), "must have at least one theme"},
                new Object[] {"themes[1]", Map.of("themes", List.of("Hälsa", "Hälsa")), "is given twice"},
                new Object[] {"themes[0]", Map.of("themes", List.of(" ")), "must not be blank"},
                new Object[] {"agendaItemId", Map.of("agendaItemId", UNKNOWN), "no agenda item has the id " + UNKNOWN},
                new Object[] {"dueOn", Map.of("dueOn", "2026-02-30"), "must be a date such as 2024-03-16"});
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidReports")
    void invalidStatusReportFieldsAreNamed(String field, Map<String, Object> change, String message) {
        Map<String, Object> body = Forums.report(2099, 4);
        change.forEach(body::put);
        body.values().removeIf(value -> value == NULL);
        assertField(post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", body), field, message);
        ADMIN.request()
                .get(PATH + "/" + forum + "/status-reports")
                .then()
                .body("year", org.hamcrest.Matchers.not(hasItem(2099)));
    }

    @Test
    void aReportIsForAStatusReportPointOfTheForumsOwnMeeting() {
        Map<String, Object> body = Forums.report(2098, 1);
        body.put(
                "agendaItemId", Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Föredragning", "PRESENTATION"));
        assertField(
                post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", body),
                "agendaItemId",
                "must be a STATUS_REPORT point");
        String otherForum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "LOCAL"));
        String otherMeeting = Forums.createMeeting(COORDINATOR_VASTMANLAND, otherForum, LocalDate.now());
        body.put(
                "agendaItemId",
                Forums.addAgendaItem(COORDINATOR_VASTMANLAND, otherMeeting, "Lägesrapport", "STATUS_REPORT"));
        assertField(
                post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", body),
                "agendaItemId",
                "must be a point of a meeting of "
                        + ADMIN.request().get(PATH + "/" + forum).path("name"));
        body.put("agendaItemId", agendaItem);
        post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", body)
                .statusCode(201)
                .body("agendaItem.id", equalTo(agendaItem));
        Map<String, Object> second = Forums.report(2098, 2);
        second.put("agendaItemId", agendaItem);
        post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", second)
                .statusCode(409)
                .body("errors[0].field", equalTo("agendaItemId"));
        post(COORDINATOR_VASTMANLAND, PATH + "/" + forum + "/status-reports", Forums.report(2098, 1))
                .statusCode(409)
                .body("errors[0].field", equalTo("quarter"));
    }

    @Test
    void invitationsAndContributionsAreValidated() {
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2097, 3));
        String invitations = REPORTS + "/" + report + "/invitations";
        assertField(
                post(COORDINATOR_VASTMANLAND, invitations, Map.of("organisationIds", List.of())),
                "organisationIds",
                "must name at least one organisation");
        assertField(
                post(
                        COORDINATOR_VASTMANLAND,
                        invitations,
                        Map.of(
                                "organisationIds",
                                List.of(
                                        Forums.organisation("vasteras-stad"),
                                        Forums.organisation("arbetsformedlingen")))),
                "organisationIds[1]",
                "is not a member organisation of "
                        + ADMIN.request().get(PATH + "/" + forum).path("name"));
        ADMIN.request().get(REPORTS + "/" + report).then().body("invitations.size()", equalTo(0));
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
        ADMIN.request().get(REPORTS + "/" + report).then().body("invitations.size()", equalTo(1));
        String contribution = REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad");
        assertField(put(contribution, Map.of("entries", List.of())), "entries", "must have at least one entry");
        assertField(
                put(contribution, Forums.contribution("Fritid", "Text")),
                "entries[0].theme",
                "is not a theme of this report");
        assertField(put(contribution, Forums.contribution("Hälsa", " ")), "entries[0].text", "must not be blank");
        assertField(
                put(
                        contribution,
                        Map.of(
                                "entries",
                                List.of(Map.of("theme", "Hälsa", "text", "A"), Map.of("theme", "Hälsa", "text", "B")))),
                "entries[1].theme",
                "is given twice");
        ADMIN.request().get(REPORTS + "/" + report).then().body("invitations[0].submitted", equalTo(false));
        put(
                        contribution,
                        Map.of(
                                "entries",
                                List.of(
                                        Map.of("theme", "Boende", "text", "Bostadsbrist"),
                                        Map.of("theme", "Hälsa", "text", "Bra"))))
                .statusCode(201)
                .body("entries.theme", equalTo(List.of("Hälsa", "Boende")));
        put(contribution, Forums.contribution("Hälsa", "Ersatt")).statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Forums.contribution("Hälsa", "Ersatt"))
                .put(contribution)
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Forums.contribution("Hälsa", "Ersatt"))
                .put(contribution)
                .then()
                .statusCode(200)
                .body("entries.text", equalTo(List.of("Ersatt")));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
        "/api/v1/forums, level, PLANETARY",
        "/api/v1/forums, county, 1",
        "/api/v1/forums, county, 98",
        "/api/v1/forums, page, -1",
        "/api/v1/forums, size, 101",
        "/api/v1/action-items, status, FINISHED",
        "/api/v1/action-items, forum, inte-ett-id",
        "/api/v1/action-items, owner, 42",
        "/api/v1/action-items, county, 98",
        "/api/v1/action-items, size, 0"
    })
    void invalidQueryParametersAreNamed(String path, String parameter, String value) {
        ANONYMOUS
                .request()
                .queryParam(parameter, value)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void invalidDatesAndCountiesInPathsAndQueries() {
        ANONYMOUS
                .request()
                .queryParam("from", "2026-13-01")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        ANONYMOUS
                .request()
                .queryParam("to", "2026-02-30")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        ANONYMOUS
                .request()
                .queryParam("from", "1899-12-31")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("must be a date between 1900 and 2200"));
        ANONYMOUS.request().get(STRUCTURE + "1").then().statusCode(400).body("errors[0].field", equalTo("countyCode"));
        ANONYMOUS
                .request()
                .get(STRUCTURE + "98")
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:samverkan:problem:not-found"));
        ANONYMOUS.request().get(PATH + "/" + UNKNOWN).then().statusCode(404);
        ANONYMOUS.request().get(MEETINGS + "/" + UNKNOWN).then().statusCode(404);
        ANONYMOUS.request().get(ITEMS + "/" + UNKNOWN).then().statusCode(404);
        ANONYMOUS.request().get(REPORTS + "/" + UNKNOWN).then().statusCode(404);
        ANONYMOUS
                .request()
                .get(PATH + "/" + UNKNOWN + "/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void bodiesAreRequired() {
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("a JSON body is required"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:samverkan:problem:bad-request"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A marker for "leave this property out". */
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "(absent)";
        }
    };

    private static Map<String, Object> nullValue(String field) {
        Map<String, Object> change = new HashMap<>();
        change.put(field, NULL);
        return change;
    }

    private static ValidatableResponse post(se.samverkan.support.DemoUser user, String path, Object body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    /** A replacement based on the current version, so that only the content decides. */
    private static ValidatableResponse replace(String path, Object body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(path))
                .body(body)
                .put(path)
                .then();
    }

    private static ValidatableResponse put(String path, Object body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then();
    }

    private static void assertField(ValidatableResponse response, String field, String message) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body("errors.field", hasItem(field));
        if (message != null) {
            response.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
        }
    }
}
