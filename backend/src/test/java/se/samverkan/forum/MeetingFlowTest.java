package se.samverkan.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.Forums;

/** Agendas in order, minutes published once and then final, and the computed follow-up of open action items. */
@QuarkusTest
class MeetingFlowTest {

    @Test
    void agendaPointsKeepTheirOrder() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(10));
        String status = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
        String deepDive = Forums.addAgendaItem(
                COORDINATOR_VASTMANLAND, meeting, "Arbetande fördjupning: bosättning", "DEEP_DIVE");
        Map<String, Object> first = Forums.agendaItem("Inspel från de delregionala samråden", "SUBREGIONAL_INPUT");
        first.put("position", 1);
        String input = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(first)
                .post(MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .body("position", equalTo(1))
                .extract()
                .path("id");
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda.id", contains(input, status, deepDive))
                .body("agenda.position", contains(1, 2, 3));
        Map<String, Object> last = Forums.agendaItem("Inspel från de delregionala samråden", "SUBREGIONAL_INPUT");
        last.put("position", 99);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(last)
                .put(MEETINGS + "/" + meeting + "/agenda-items/" + input)
                .then()
                .statusCode(200)
                .body("position", equalTo(3));
        ANONYMOUS.request().get(MEETINGS + "/" + meeting).then().body("agenda.id", contains(status, deepDive, input));
        String etag = ADMIN.request()
                .get(MEETINGS + "/" + meeting)
                .path("agenda[0].version")
                .toString();
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"" + etag + "\"")
                .delete(MEETINGS + "/" + meeting + "/agenda-items/" + status)
                .then()
                .statusCode(204);
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda.id", contains(deepDive, input))
                .body("agenda.position", contains(1, 2));
    }

    @Test
    void minutesArePublishedOnceAfterTheMeetingAndAreThenFinal() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String planned = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(5));
        String plannedPoint = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, planned, "Lägesrapporter", "STATUS_REPORT");
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, planned, plannedPoint, "Lägesrapporter", "STATUS_REPORT", "För tidigt");
        assertRule(Forums.publishMinutes(COORDINATOR_VASTMANLAND, planned), "minutes-after-meeting");

        String held = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(5));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, held, "Beslut om prioriteringar", "DECISION");
        assertRule(Forums.publishMinutes(COORDINATOR_VASTMANLAND, held), "minutes-empty");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Rådet beslutade att anta prioriteringarna",
                        "outcome",
                        "ADOPTED",
                        "subject",
                        "STRATEGY",
                        "agreementId",
                        Agreements.VASTMANLAND_ROK))
                .post(MEETINGS + "/" + held + "/agenda-items/" + point + "/decisions")
                .then()
                .statusCode(201);
        ANONYMOUS.request().get(MEETINGS + "/" + held + "/minutes").then().statusCode(404);
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + held + "/minutes")
                .then()
                .statusCode(200)
                .body("published", equalTo(false))
                .body("items[0].decisions[0].outcome", equalTo("ADOPTED"));

        COORDINATOR_VASTMANLAND
                .request()
                .post(MEETINGS + "/" + held + "/minutes/publication")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .post(MEETINGS + "/" + held + "/minutes/publication")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("published", equalTo(true))
                .body("publishedBy", equalTo("coordinator.vastmanland"));
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + held + "/minutes")
                .then()
                .statusCode(200)
                .body("items[0].decisions[0].text", equalTo("Rådet beslutade att anta prioriteringarna"))
                .body("items[0].decisions[0].agreement.id", equalTo(Agreements.VASTMANLAND_ROK));
        assertRule(Forums.publishMinutes(COORDINATOR_VASTMANLAND, held), "minutes-already-published");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body(Forums.meeting(LocalDate.now().minusDays(4)))
                        .put(MEETINGS + "/" + held)
                        .then(),
                "minutes-published");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Forums.agendaItem("Övrigt", "OTHER"))
                        .post(MEETINGS + "/" + held + "/agenda-items")
                        .then(),
                "minutes-published");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Map.of("text", "Ännu ett beslut", "outcome", "NOTED", "subject", "OTHER"))
                        .post(MEETINGS + "/" + held + "/agenda-items/" + point + "/decisions")
                        .then(),
                "minutes-published");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", "\"1\"")
                        .delete(MEETINGS + "/" + held)
                        .then(),
                "minutes-published");
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + held)
                .then()
                .body("permissions.edit", equalTo(false))
                .body("permissions.readMinutes", equalTo(true));
        // Medskick are still handed out after the minutes are published.
        Forums.handOut(COORDINATOR_VASTMANLAND, held, point, Forums.actionItem("Återkoppla beslutet", "vasteras-stad"));
    }

    @Test
    void aMeetingWithHandedOutItemsIsKept() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now());
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Uppdrag", "vasteras-stad"));
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", "\"0\"")
                        .delete(MEETINGS + "/" + meeting + "/agenda-items/" + point)
                        .then(),
                "agenda-item-has-action-items");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Forums.etag(MEETINGS + "/" + meeting))
                        .delete(MEETINGS + "/" + meeting)
                        .then(),
                "meeting-has-action-items");
        COORDINATOR_VASTMANLAND
                .request()
                .delete(MEETINGS + "/" + meeting)
                .then()
                .statusCode(428);
        ANONYMOUS.request().get(MEETINGS + "/" + meeting).then().statusCode(200);
    }

    @Test
    void openItemsAreFollowedUpAtLaterMeetingsUntilClosed() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String first = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(60));
        String second = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(30));
        String third = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(30));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, first, "Medskick", "DEEP_DIVE");
        String done = Forums.handOut(
                COORDINATOR_VASTMANLAND, first, point, Forums.actionItem("Kartlägga bostäder", "vasteras-stad"));
        String cancelled = Forums.handOut(
                COORDINATOR_VASTMANLAND,
                first,
                point,
                Forums.actionItem("Ta fram en kommunikationsplan", "vasteras-stad"));
        String open = Forums.handOut(
                COORDINATOR_VASTMANLAND, first, point, Forums.actionItem("Förankra strategin", "vasteras-stad"));
        String laterPoint = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, second, "Uppföljning", "OTHER");
        String fromSecond = Forums.handOut(
                COORDINATOR_VASTMANLAND,
                second,
                laterPoint,
                Forums.actionItem("Återkoppla till kommunerna", "vasteras-stad"));

        ANONYMOUS.request().get(MEETINGS + "/" + first).then().body("followUp", empty());
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + second)
                .then()
                .body("followUp.id", contains(done, cancelled, open));
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + third)
                .then()
                .body("followUp.id", contains(done, cancelled, open, fromSecond))
                .body("followUp[0].meeting.id", equalTo(first));

        Forums.changeStatus(MEMBER_VASTERAS, done, "IN_PROGRESS").statusCode(200);
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + third)
                .then()
                .body("followUp.find { it.id == '" + done + "' }.status", equalTo("IN_PROGRESS"));
        Forums.changeStatus(MEMBER_VASTERAS, done, "DONE").statusCode(200);
        Forums.changeStatus(COORDINATOR_VASTMANLAND, cancelled, "CANCELLED").statusCode(200);
        MEMBER_VASTERAS.request().get(MEETINGS + "/" + second).then().body("followUp.id", contains(open));
        MEMBER_VASTERAS.request().get(MEETINGS + "/" + third).then().body("followUp.id", contains(open, fromSecond));
        // Not copied rows: the items stay where they were handed out.
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + first + "/minutes")
                .then()
                .body("items[0].actionItems.id", contains(done, cancelled, open));
        // The public sees the follow-up only of items from published minutes.
        ANONYMOUS.request().get(MEETINGS + "/" + third).then().body("followUp", empty());
    }

    @Test
    void historyNamesWhoChangedWhat() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        String point = Forums.addAgendaItem(ADMIN, meeting, "Lägesrapporter", "STATUS_REPORT");
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, meeting, point, "Lägesrapporter", "STATUS_REPORT", "Läget är stabilt.");
        Forums.publishMinutes(COORDINATOR_VASTMANLAND, meeting).statusCode(200);
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + meeting + "/history")
                .then()
                .statusCode(200)
                .body("[0].action", equalTo("STATUS_CHANGED"))
                .body("[0].summary", equalTo("Published the minutes"))
                .body("[1].entityType", equalTo("AGENDA_ITEM"))
                .body("[1].changes.find { it.field == 'minutes' }.after", equalTo("Läget är stabilt."))
                .body("[2].actor", equalTo("admin"))
                .body("[3].entityType", equalTo("MEETING"))
                .body("[3].actor", equalTo("coordinator.vastmanland"));
        ANONYMOUS
                .request()
                .get(PATH + "/" + forum + "/history")
                .then()
                .statusCode(200)
                .body("entityType", hasItem("MEMBER"))
                .body("find { it.entityType == 'FORUM' }.action", equalTo("CREATED"));
    }

    @Test
    void linkedAgreementsAreShownOnlyToThoseWhoMaySeeThem() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.addParty(COORDINATOR_VASTMANLAND, draft, "vasteras-stad", "SIGNATORY");
        Map<String, Object> body = Forums.input("19", "REGIONAL");
        body.put("agreementIds", List.of(draft, Agreements.VASTMANLAND_ROK));
        String forum = Forums.create(COORDINATOR_VASTMANLAND, body);
        ANONYMOUS.request().get(PATH + "/" + forum).then().body("agreements.id", contains(Agreements.VASTMANLAND_ROK));
        MEMBER_VASTERAS
                .request()
                .get(PATH + "/" + forum)
                .then()
                .body("agreements.id", contains(Agreements.VASTMANLAND_ROK, draft));
        MEMBER_ARBETSFORMEDLINGEN.request().get(PATH + "/" + forum).then().body("agreements.id", not(hasItem(draft)));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(3));
        Map<String, Object> point = Forums.agendaItem("Avstämning av utkastet", "STANDING_FOLLOW_UP");
        point.put("agreementId", draft);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(point)
                .post(MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .body("agreement.id", equalTo(draft));
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda[0].agreement", nullValue())
                .body("agenda[0].kind", equalTo("STANDING_FOLLOW_UP"));
        MEMBER_VASTERAS.request().get(MEETINGS + "/" + meeting).then().body("agenda[0].agreement.id", equalTo(draft));
    }

    @Test
    void aForumsMeetingsAreListedInOrder() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String later = Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.of(2026, 9, 10));
        Map<String, Object> allDay = Map.of("date", "2026-03-16", "location", "Länsstyrelsen, Västerås");
        String earlier = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(allDay)
                .post(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/meetings/"))
                .body("startsAt", nullValue())
                .extract()
                .path("id");
        ANONYMOUS
                .request()
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .body("id", contains(earlier, later))
                .body("[1].startsAt", equalTo("2026-09-10T07:30:00Z"))
                .body("[1].startTime", org.hamcrest.Matchers.startsWith("09:30"))
                .body("[1].onlineUrl", nullValue());
        ANONYMOUS
                .request()
                .queryParam("from", "2026-06-01")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .body("id", contains(later));
        ANONYMOUS
                .request()
                .queryParam("to", "2026-06-01")
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .body("id", contains(earlier));
        ADMIN.request().get(PATH + "/" + forum + "/meetings").then().body("[1].onlineUrl", notNullValue());
    }

    private static void assertRule(io.restassured.response.ValidatableResponse response, String rule) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:conflict"))
                .body("rule", equalTo(rule));
    }
}
