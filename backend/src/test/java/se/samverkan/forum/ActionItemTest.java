package se.samverkan.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.ITEMS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Forums;

/** Owners update their items; items are raised local → sub-regional → regional → national with a trail; the board. */
@QuarkusTest
class ActionItemTest {

    @Test
    void theOwnersMembersReportProgressUntilTheItemIsDone() {
        String item = handedOut(Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL"), "arbetsformedlingen");
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PROGRESS", "note", "Kartläggningen är påbörjad"))
                .post(ITEMS + "/" + item + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS"))
                .body("statusNote", equalTo("Kartläggningen är påbörjad"))
                .body("closedAt", nullValue());
        assertRule(Forums.changeStatus(MEMBER_ARBETSFORMEDLINGEN, item, "IN_PROGRESS"), "status-unchanged");
        Forums.changeStatus(MEMBER_ARBETSFORMEDLINGEN, item, "DONE")
                .statusCode(200)
                .body("closedAt", notNullValue())
                .body("permissions.statusChanges", empty());
        assertRule(Forums.changeStatus(MEMBER_ARBETSFORMEDLINGEN, item, "OPEN"), "action-item-closed");
        assertRule(Forums.changeStatus(COORDINATOR_VASTMANLAND, item, "CANCELLED"), "action-item-closed");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Forums.etag(ITEMS + "/" + item))
                        .body(Forums.actionItem("Ändrad", "arbetsformedlingen"))
                        .put(ITEMS + "/" + item)
                        .then(),
                "action-item-closed");
        assertRule(
                Forums.escalate(COORDINATOR_VASTMANLAND, item, Forums.demo("samverkansdelegationen")),
                "action-item-closed");
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ITEMS + "/" + item + "/history")
                .then()
                .body("[0].actor", equalTo("member.arbetsformedlingen"))
                .body("[0].actorOrganisation", equalTo("2021002114"))
                .body("[0].changes.find { it.field == 'status' }.after", equalTo("DONE"))
                .body("[1].changes.find { it.field == 'statusNote' }.after", equalTo("Kartläggningen är påbörjad"));
    }

    @Test
    void aCancelledItemIsFinal() {
        String item = handedOut(Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL"), "vasteras-stad");
        Forums.changeStatus(COORDINATOR_VASTMANLAND, item, "CANCELLED").statusCode(200);
        assertRule(Forums.changeStatus(MEMBER_VASTERAS, item, "IN_PROGRESS"), "action-item-closed");
        MEMBER_VASTERAS
                .request()
                .get(ITEMS + "/" + item)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("permissions.statusChanges", empty());
    }

    @Test
    void anIssueIsRaisedLevelByLevelAndKeepsItsTrail() {
        String regional = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String subregional = Forums.create(COORDINATOR_VASTMANLAND, child(Forums.input("19", "SUBREGIONAL"), regional));
        String local = Forums.create(COORDINATOR_VASTMANLAND, child(Forums.input("19", "LOCAL"), subregional));
        String national = Forums.create(ADMIN, Forums.input(null, "NATIONAL"));
        String origin = handedOut(local, "vasteras-stad");

        assertRule(
                Forums.escalate(
                        COORDINATOR_VASTMANLAND,
                        origin,
                        Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "LOCAL"))),
                "escalation-to-higher-level");
        assertRule(
                Forums.escalate(COORDINATOR_VASTMANLAND, origin, Forums.demo("vg-regionala-samradet")),
                "escalation-within-county");

        String atSubregional = Forums.escalate(COORDINATOR_VASTMANLAND, origin, subregional)
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/action-items/"))
                .body("forum.id", equalTo(subregional))
                .body("meeting", nullValue())
                .body("status", equalTo("OPEN"))
                .body("title", equalTo("Kartlägga praktikplatser"))
                .body("owner.name", equalTo("Västerås stad"))
                .body("raisedFrom.id", equalTo(origin))
                .extract()
                .path("id");
        assertRule(Forums.escalate(COORDINATOR_VASTMANLAND, origin, subregional), "already-raised");
        assertRule(Forums.escalate(COORDINATOR_VASTMANLAND, atSubregional, local), "escalation-to-higher-level");
        String atRegional = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(ITEMS + "/" + atSubregional))
                .body(Map.of(
                        "forumId",
                        regional,
                        "title",
                        "Praktikplatser i hela länet",
                        "ownerOrganisationId",
                        Forums.organisation("lansstyrelsen-vastmanland"),
                        "dueOn",
                        "2027-03-31"))
                .post(ITEMS + "/" + atSubregional + "/escalation")
                .then()
                .statusCode(201)
                .body("title", equalTo("Praktikplatser i hela länet"))
                .body("owner.name", equalTo("Länsstyrelsen Västmanlands län"))
                .body("ownerPerson", nullValue())
                .body("dueOn", equalTo("2027-03-31"))
                .extract()
                .path("id");
        String atNational = Forums.escalate(COORDINATOR_VASTMANLAND, atRegional, national)
                .statusCode(201)
                .extract()
                .path("id");

        for (String item : List.of(origin, atSubregional, atRegional, atNational)) {
            ADMIN.request()
                    .get(ITEMS + "/" + item)
                    .then()
                    .body("trail.id", contains(origin, atSubregional, atRegional, atNational))
                    .body("trail.forum.level", contains("LOCAL", "SUBREGIONAL", "REGIONAL", "NATIONAL"))
                    .body("trail.depth", contains(0, 1, 2, 3))
                    .body("trail.findAll { it.current }.id", contains(item));
        }
        ADMIN.request()
                .get(ITEMS + "/" + atRegional)
                .then()
                .body("raisedFrom.id", equalTo(atSubregional))
                .body("raisedFrom.forum.level", equalTo("SUBREGIONAL"))
                .body("raisedTo.id", contains(atNational));
        ADMIN.request()
                .get(ITEMS + "/" + origin)
                .then()
                .body("raisedTo.id", contains(atSubregional))
                .body("version", equalTo(1));
        ADMIN.request()
                .get(ITEMS + "/" + origin + "/history")
                .then()
                .body(
                        "[0].summary",
                        equalTo("Raised to "
                                + ADMIN.request().get(PATH + "/" + subregional).path("name")));
        // The coordinator of Västmanland reads national forums' items; a member only what concerns their organisation.
        MEMBER_VASTERAS
                .request()
                .get(ITEMS + "/" + atSubregional)
                .then()
                .statusCode(200)
                .body("trail.find { it.id == '" + atRegional + "' }.visible", equalTo(false))
                .body("trail.find { it.id == '" + atRegional + "' }.title", nullValue())
                .body("trail.find { it.id == '" + origin + "' }.title", equalTo("Kartlägga praktikplatser"));
        MEMBER_VASTERAS.request().get(ITEMS + "/" + atRegional).then().statusCode(404);
    }

    @Test
    void aRaisedItemIsFollowedUpAtTheHigherForumsNextMeeting() {
        String regional = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String subregional = Forums.create(COORDINATOR_VASTMANLAND, child(Forums.input("19", "SUBREGIONAL"), regional));
        String past = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, regional, LocalDate.now().minusDays(10));
        String next = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, regional, LocalDate.now().plusDays(10));
        String raised = Forums.escalate(COORDINATOR_VASTMANLAND, handedOut(subregional, "vasteras-stad"), regional)
                .statusCode(201)
                .extract()
                .path("id");
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + next)
                .then()
                .body("followUp.id", contains(raised))
                .body("followUp[0].raisedFrom.forum.id", equalTo(subregional));
        MEMBER_VASTERAS.request().get(MEETINGS + "/" + past).then().body("followUp", empty());
        Forums.changeStatus(MEMBER_VASTERAS, raised, "DONE").statusCode(200);
        MEMBER_VASTERAS.request().get(MEETINGS + "/" + next).then().body("followUp", empty());
    }

    @Test
    void theBoardShowsOverdueItemsUntilTheyAreClosed() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(40));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        Map<String, Object> late = Forums.actionItem("Försenat uppdrag", "vasteras-stad");
        late.put("dueOn", LocalDate.now().minusDays(1).toString());
        String overdue = Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, late);
        Map<String, Object> later = Forums.actionItem("Uppdrag i tid", "arbetsformedlingen");
        String onTime = Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, later);
        Map<String, Object> noDate = Forums.actionItem("Uppdrag utan datum", "vasteras-stad");
        noDate.remove("dueOn");
        String undated = Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, noDate);

        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("forum", forum)
                .get(ITEMS)
                .then()
                .body("total", equalTo(3))
                .body("items.id", contains(overdue, onTime, undated))
                .body("items[0].overdue", equalTo(true))
                .body("items[1].overdue", equalTo(false))
                .body("items[2].overdue", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("forum", forum)
                .queryParam("overdue", true)
                .get(ITEMS)
                .then()
                .body("total", equalTo(1))
                .body("items.id", contains(overdue));
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("county", "19")
                .queryParam("overdue", true)
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .body("items.id", hasItem(overdue))
                .body("items.overdue", everyItem(equalTo(true)));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .queryParam("mine", true)
                .queryParam("size", 100)
                .get(ITEMS)
                .then()
                .body("items.id", hasItem(onTime))
                .body("items.id", not(hasItem(overdue)))
                .body("items.owner.name", everyItem(equalTo("Arbetsförmedlingen")));
        MEMBER_VASTERAS
                .request()
                .queryParam("forum", forum)
                .queryParam("owner", Forums.organisation("vasteras-stad"))
                .get(ITEMS)
                .then()
                .body("items.id", contains(overdue, undated));
        ANONYMOUS.request().queryParam("mine", true).get(ITEMS).then().body("total", equalTo(0));
        ANONYMOUS.request().queryParam("forum", forum).get(ITEMS).then().body("total", equalTo(0));

        Forums.changeStatus(MEMBER_VASTERAS, overdue, "DONE").statusCode(200).body("overdue", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("forum", forum)
                .queryParam("overdue", true)
                .get(ITEMS)
                .then()
                .body("total", equalTo(0));
        COORDINATOR_VASTMANLAND
                .request()
                .queryParam("forum", forum)
                .queryParam("status", "DONE")
                .get(ITEMS)
                .then()
                .body("items.id", contains(overdue));
    }

    @Test
    void anItemIsHandedToAWorkingGroupOfTheCounty() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        Map<String, Object> group = Forums.input("19", "REGIONAL");
        group.put("kind", "WORKING_GROUP");
        group.put("parentForumId", forum);
        group.put("parentRelation", "PREPARES_FOR");
        group.put("endsOn", LocalDate.now().plusMonths(6).toString());
        String workingGroup = Forums.create(COORDINATOR_VASTMANLAND, group);
        Forums.addMember(COORDINATOR_VASTMANLAND, workingGroup, "arbetsformedlingen");
        String meeting = Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now());
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        Map<String, Object> body = Forums.actionItem("Förtydliga delstrategierna", "lansstyrelsen-vastmanland");
        body.put("assigneeForumId", workingGroup);
        String item = Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, body);
        // Members of the working group's organisations read it, but only the owner's members change it.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ITEMS + "/" + item)
                .then()
                .statusCode(200)
                .body("assigneeForum.id", equalTo(workingGroup))
                .body("permissions.statusChanges", empty());
        Forums.changeStatus(MEMBER_ARBETSFORMEDLINGEN, item, "DONE").statusCode(403);
        ANONYMOUS
                .request()
                .get(se.samverkan.support.Forums.STRUCTURE + "19")
                .then()
                .body("levels[1].forums.find { it.id == '" + forum + "' }.workingGroups[0].id", equalTo(workingGroup))
                .body("levels[1].forums.find { it.id == '" + forum + "' }.workingGroups[0].active", equalTo(true));
    }

    @Test
    void anItemHandedOutByMistakeIsDeletedWhileNothingHappenedToIt() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL");
        String item = handedOut(forum, "vasteras-stad");
        COORDINATOR_VASTMANLAND.request().get(ITEMS + "/" + item).then().body("permissions.delete", equalTo(true));
        MEMBER_VASTERAS.request().get(ITEMS + "/" + item).then().body("permissions.delete", equalTo(false));
        MEMBER_VASTERAS
                .request()
                .header("If-Match", "\"0\"")
                .delete(ITEMS + "/" + item)
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .header("If-Match", "\"0\"")
                .delete(ITEMS + "/" + item)
                .then()
                .statusCode(401);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"9\"")
                .delete(ITEMS + "/" + item)
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .delete(ITEMS + "/" + item)
                .then()
                .statusCode(204);
        COORDINATOR_VASTMANLAND.request().get(ITEMS + "/" + item).then().statusCode(404);

        String started = handedOut(forum, "vasteras-stad");
        Forums.changeStatus(MEMBER_VASTERAS, started, "IN_PROGRESS").statusCode(200);
        COORDINATOR_VASTMANLAND.request().get(ITEMS + "/" + started).then().body("permissions.delete", equalTo(false));
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Forums.etag(ITEMS + "/" + started))
                        .delete(ITEMS + "/" + started)
                        .then(),
                "action-item-not-open");

        String raised = handedOut(forum, "vasteras-stad");
        Forums.escalate(COORDINATOR_VASTMANLAND, raised, Forums.demo("samverkansdelegationen"))
                .statusCode(201);
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Forums.etag(ITEMS + "/" + raised))
                        .delete(ITEMS + "/" + raised)
                        .then(),
                "action-item-raised");
        COORDINATOR_VASTMANLAND.request().get(ITEMS + "/" + raised).then().statusCode(200);
    }

    private static String handedOut(String forumId, String ownerKey) {
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forumId, LocalDate.now().minusDays(1));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        return Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Kartlägga praktikplatser", ownerKey));
    }

    private static Map<String, Object> child(Map<String, Object> body, String parent) {
        body.put("parentForumId", parent);
        body.put("parentRelation", "REPORTS_TO");
        return body;
    }

    private static void assertRule(io.restassured.response.ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
