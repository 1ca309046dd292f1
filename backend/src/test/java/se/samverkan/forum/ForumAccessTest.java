package se.samverkan.forum;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.ITEMS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;
import static se.samverkan.support.Forums.REPORTS;
import static se.samverkan.support.Forums.STRUCTURE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * Role × endpoint. The forum below is Västmanland's with Västerås stad and Sala kommun as members: members of Västerås
 * stad read its internal work; Arbetsförmedlingen's members only the item their organisation owns; Migrationsverket's
 * system, the public and Västra Götaland's coordinator see what is public, and change nothing.
 */
@QuarkusTest
class ForumAccessTest {

    private static final AtomicInteger QUARTERS = new AtomicInteger();

    /** Created once: the read-only tests only look; the tests that change things make what they change. */
    private static String forum;

    private static String meeting;
    private static String agendaItem;
    private static String actionItem;
    private static String report;

    @BeforeEach
    void createForumWithAMeeting() {
        if (forum == null) {
            forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun");
            meeting = Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
            agendaItem = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
            actionItem = newActionItem();
            report = newReport();
        }
    }

    private static String newActionItem() {
        return Forums.handOut(
                COORDINATOR_VASTMANLAND,
                meeting,
                agendaItem,
                Forums.actionItem("Kartlägga praktikplatser", "arbetsformedlingen"));
    }

    /** An open report of its own quarter, with Västerås stad and Sala kommun invited. */
    private static String newReport() {
        int n = QUARTERS.getAndIncrement();
        String id = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2030 + n / 4, 1 + n % 4));
        Forums.invite(COORDINATOR_VASTMANLAND, id, "vasteras-stad", "sala-kommun");
        return id;
    }

    @ParameterizedTest(name = "{0} reads the structure, forums, meetings and agendas")
    @EnumSource(DemoUser.class)
    void everyoneReadsWhatIsPublic(DemoUser user) {
        user.request().get(STRUCTURE + "19").then().statusCode(200).body("levels[1].forums.id", hasItem(forum));
        user.request().get(PATH + "/" + forum).then().statusCode(200).header("ETag", notNullValue());
        user.request().get(PATH + "/" + forum + "/history").then().statusCode(200);
        user.request()
                .get(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(200)
                .body("id", hasItem(meeting));
        user.request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("agenda[0].title", equalTo("Lägesrapporter"));
        user.request().get(PATH + "/" + forum + "/calendar.ics").then().statusCode(200);
        user.request().get(MEETINGS + "/" + meeting + "/calendar.ics").then().statusCode(200);
        user.request().get(PATH + "/" + forum + "/status-reports").then().statusCode(200);
        user.request().get(ITEMS).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} reads unpublished minutes: {1}")
    @CsvSource({
        "ANONYMOUS, 404",
        "MEMBER_VASTERAS, 200",
        "MEMBER_ARBETSFORMEDLINGEN, 404",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void internalMinutes(DemoUser user, int expected) {
        user.request().get(MEETINGS + "/" + meeting + "/minutes").then().statusCode(expected);
        user.request().get(MEETINGS + "/" + meeting + "/history").then().statusCode(expected);
        user.request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("onlineUrl", expected == 200 ? equalTo("https://meet.example.se/samrad") : nullValue())
                .body("permissions.readMinutes", equalTo(expected == 200));
        user.request().get(PATH + "/" + forum).then().body("permissions.readInternal", equalTo(expected == 200));
        if (expected == 404) {
            user.request()
                    .get(MEETINGS + "/" + meeting + "/minutes")
                    .then()
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:samverkan:problem:not-found"));
        }
    }

    @ParameterizedTest(name = "{0} reads published minutes")
    @EnumSource(DemoUser.class)
    void publishedMinutesArePublic(DemoUser user) {
        String held = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(3));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, held, "Lägesrapporter", "STATUS_REPORT");
        String item = Forums.handOut(
                COORDINATOR_VASTMANLAND, held, point, Forums.actionItem("Följa upp", "arbetsformedlingen"));
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, held, point, "Lägesrapporter", "STATUS_REPORT", "Läget redovisades.");
        // No body, no Content-Type: publishing is a plain POST.
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Forums.etag(MEETINGS + "/" + held))
                .post(MEETINGS + "/" + held + "/minutes/publication")
                .then()
                .statusCode(200);
        user.request()
                .get(MEETINGS + "/" + held + "/minutes")
                .then()
                .statusCode(200)
                .body("items[0].minutes", equalTo("Läget redovisades."))
                .body("items[0].actionItems.id", hasItem(item));
        user.request().get(ITEMS + "/" + item).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} reads an action item of unpublished minutes: {1}")
    @CsvSource({
        "ANONYMOUS, 404",
        "MEMBER_VASTERAS, 200",
        "MEMBER_ARBETSFORMEDLINGEN, 200",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void readActionItem(DemoUser user, int expected) {
        user.request().get(ITEMS + "/" + actionItem).then().statusCode(expected);
        user.request().get(ITEMS + "/" + actionItem + "/history").then().statusCode(expected);
        user.request()
                .queryParam("forum", forum)
                .get(ITEMS)
                .then()
                .statusCode(200)
                .body("items.id", expected == 200 ? hasItem(actionItem) : not(hasItem(actionItem)));
        user.request()
                .get(MEETINGS + "/"
                        + Forums.createMeeting(ADMIN, forum, LocalDate.now().plusDays(30)))
                .then()
                .body("followUp.id", expected == 200 ? hasItem(actionItem) : not(hasItem(actionItem)));
    }

    @ParameterizedTest(name = "{0} changes an action item's status: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 200",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void changeActionItemStatus(DemoUser user, int expected) {
        String item = newActionItem();
        Forums.changeStatus(user, item, "IN_PROGRESS").statusCode(expected);
        ADMIN.request()
                .get(ITEMS + "/" + item)
                .then()
                .body("status", equalTo(expected == 200 ? "IN_PROGRESS" : "OPEN"));
    }

    @Test
    void theOwnersMembersUpdateTheStatusAndNothingElse() {
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(ITEMS + "/" + actionItem)
                .then()
                .body("permissions.edit", equalTo(false))
                .body("permissions.escalate", equalTo(false))
                .body("permissions.statusChanges", equalTo(List.of("IN_PROGRESS", "DONE")));
        Forums.changeStatus(MEMBER_ARBETSFORMEDLINGEN, actionItem, "CANCELLED").statusCode(403);
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(ITEMS + "/" + actionItem))
                .body(Forums.actionItem("Annat", "arbetsformedlingen"))
                .put(ITEMS + "/" + actionItem)
                .then()
                .statusCode(403);
        Forums.escalate(MEMBER_ARBETSFORMEDLINGEN, actionItem, Forums.demo("samverkansdelegationen"))
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .get(ITEMS + "/" + actionItem)
                .then()
                .body("permissions.statusChanges", equalTo(List.of("IN_PROGRESS", "DONE", "CANCELLED")));
    }

    @ParameterizedTest(name = "{0} raises an action item: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void escalate(DemoUser user, int expected) {
        Forums.escalate(user, newActionItem(), Forums.demo("samverkansdelegationen"))
                .statusCode(expected);
    }

    @ParameterizedTest(name = "{0} creates a forum in Västmanland: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void createForum(DemoUser user, int expected) {
        user.request()
                .contentType(ContentType.JSON)
                .body(Forums.input("19", "LOCAL"))
                .post(PATH)
                .then()
                .statusCode(expected);
    }

    @ParameterizedTest(name = "{0} creates a national forum: {1}")
    @CsvSource({"ANONYMOUS, 401", "MEMBER_VASTERAS, 403", "COORDINATOR_VASTMANLAND, 403", "ADMIN, 201"})
    void nationalForumsAreForAdmins(DemoUser user, int expected) {
        user.request()
                .contentType(ContentType.JSON)
                .body(Forums.input(null, "NATIONAL"))
                .post(PATH)
                .then()
                .statusCode(expected);
    }

    @ParameterizedTest(name = "{0} manages the forum, its meetings, items and reports: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "MEMBER_ARBETSFORMEDLINGEN, 403",
        "AGENCY_SYSTEM, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void manage(DemoUser user, int expected) {
        int created = expected == 200 ? 201 : expected;
        // A foreign coordinator sees the public forum and meeting (403), but not the unpublished report or the item
        // (404).
        int hidden = user == DemoUser.COORDINATOR_VASTRA_GOTALAND ? 404 : expected;
        String newForum = Forums.create(ADMIN, Forums.input("19", "LOCAL"));
        json(user)
                .header("If-Match", Forums.etag(PATH + "/" + newForum))
                .body(Forums.input("19", "REGIONAL"))
                .put(PATH + "/" + newForum)
                .then()
                .statusCode(expected);
        json(user)
                .body(Map.of("organisationId", Forums.organisation("kopings-kommun")))
                .post(PATH + "/" + newForum + "/members")
                .then()
                .statusCode(created);
        json(user)
                .body(Forums.meeting(LocalDate.now().plusDays(7)))
                .post(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(created);
        json(user)
                .header("If-Match", Forums.etag(MEETINGS + "/" + meeting))
                .body(Forums.meeting(LocalDate.now().minusDays(2)))
                .put(MEETINGS + "/" + meeting)
                .then()
                .statusCode(expected);
        json(user)
                .body(Forums.agendaItem("Inspel från de delregionala samråden", "SUBREGIONAL_INPUT"))
                .post(MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(created);
        json(user)
                .body(Map.of(
                        "text", "Rådet beslutade att notera lägesrapporten", "outcome", "NOTED", "subject", "OTHER"))
                .post(MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/decisions")
                .then()
                .statusCode(created);
        json(user)
                .body(Forums.actionItem("Återkoppla till kommunerna", "vasteras-stad"))
                .post(MEETINGS + "/" + meeting + "/agenda-items/" + agendaItem + "/action-items")
                .then()
                .statusCode(created);
        json(user)
                .header("If-Match", Forums.etag(ITEMS + "/" + actionItem))
                .body(Forums.actionItem("Kartlägga fler praktikplatser", "arbetsformedlingen"))
                .put(ITEMS + "/" + actionItem)
                .then()
                .statusCode(hidden);
        int n = QUARTERS.getAndIncrement();
        json(user)
                .body(Forums.report(2030 + n / 4, 1 + n % 4))
                .post(PATH + "/" + forum + "/status-reports")
                .then()
                .statusCode(created);
        Map<String, Object> sameQuarter = Forums.report(
                ADMIN.request().get(REPORTS + "/" + report).path("year"),
                ADMIN.request().get(REPORTS + "/" + report).path("quarter"));
        json(user)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .body(sameQuarter)
                .put(REPORTS + "/" + report)
                .then()
                .statusCode(hidden);
        json(user)
                .body(Map.of("organisationIds", List.of(Forums.organisation("vasteras-stad"))))
                .post(REPORTS + "/" + report + "/invitations")
                .then()
                .statusCode(hidden);
    }

    @ParameterizedTest(name = "{0} deletes the forum's meeting: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 403",
        "COORDINATOR_VASTRA_GOTALAND, 403",
        "COORDINATOR_VASTMANLAND, 204",
        "ADMIN, 204"
    })
    void deleteAMeeting(DemoUser user, int expected) {
        String planned = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(14));
        user.request()
                .header("If-Match", Forums.etag(MEETINGS + "/" + planned))
                .delete(MEETINGS + "/" + planned)
                .then()
                .statusCode(expected);
        ADMIN.request().get(MEETINGS + "/" + planned).then().statusCode(expected == 204 ? 404 : 200);
    }

    @ParameterizedTest(name = "{0} reads an unpublished status report: {1}")
    @CsvSource({
        "ANONYMOUS, 404",
        "MEMBER_VASTERAS, 200",
        "MEMBER_ARBETSFORMEDLINGEN, 404",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 200",
        "ADMIN, 200"
    })
    void readUnpublishedReport(DemoUser user, int expected) {
        user.request().get(REPORTS + "/" + report).then().statusCode(expected);
        user.request().get(REPORTS + "/" + report + "/history").then().statusCode(expected);
        user.request()
                .get(PATH + "/" + forum + "/status-reports")
                .then()
                .statusCode(200)
                .body("id", expected == 200 ? hasItem(report) : not(hasItem(report)));
    }

    @ParameterizedTest(name = "{0} submits Västerås stad's contribution: {1}")
    @CsvSource({
        "ANONYMOUS, 401",
        "MEMBER_VASTERAS, 201",
        "MEMBER_ARBETSFORMEDLINGEN, 404",
        "AGENCY_SYSTEM, 404",
        "COORDINATOR_VASTRA_GOTALAND, 404",
        "COORDINATOR_VASTMANLAND, 201",
        "ADMIN, 201"
    })
    void contribute(DemoUser user, int expected) {
        String report = newReport();
        json(user)
                .body(Forums.contribution("Hälsa", "Asyl- och integrationshälsan har utökat sina mottagningar."))
                .put(REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad"))
                .then()
                .statusCode(expected);
    }

    @Test
    void membersSubmitOnlyTheirOwnOrganisationsContribution() {
        json(MEMBER_VASTERAS)
                .body(Forums.contribution("Hälsa", "Sala kommuns text"))
                .put(REPORTS + "/" + report + "/contributions/" + Forums.organisation("sala-kommun"))
                .then()
                .statusCode(403);
        MEMBER_VASTERAS
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .body("permissions.contributeFor", equalTo(List.of(Forums.organisation("vasteras-stad"))))
                .body("permissions.compile", equalTo(false));
        json(MEMBER_VASTERAS)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .post(REPORTS + "/" + report + "/compilation")
                .then()
                .statusCode(403);
    }

    @Test
    void publishedReportsArePublicWithoutTheContributions() {
        String report = newReport();
        String agendaItem = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapport", "STATUS_REPORT");
        String org = Forums.organisation("vasteras-stad");
        json(MEMBER_VASTERAS)
                .body(Forums.contribution("Boende", "Fler bostäder behövs."))
                .put(REPORTS + "/" + report + "/contributions/" + org)
                .then()
                .statusCode(201);
        json(COORDINATOR_VASTMANLAND)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .post(REPORTS + "/" + report + "/compilation")
                .then()
                .statusCode(200);
        json(COORDINATOR_VASTMANLAND)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .body(Map.of("agendaItemId", agendaItem))
                .post(REPORTS + "/" + report + "/publication")
                .then()
                .statusCode(200);
        DemoUser.ANONYMOUS
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("compiledText", containsString("Fler bostäder behövs."))
                .body("invitations", empty());
        MEMBER_VASTERAS.request().get(REPORTS + "/" + report).then().body("invitations.organisation.id", hasItem(org));
        DemoUser.ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda.find { it.id == '" + agendaItem + "' }.statusReport.id", equalTo(report));
    }

    private static io.restassured.specification.RequestSpecification json(DemoUser user) {
        return user.request().contentType(ContentType.JSON);
    }
}
