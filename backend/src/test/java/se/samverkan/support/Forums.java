package se.samverkan.support;

import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import se.samverkan.demo.DemoDataLoader;

/** Steps and inputs shared by the forum tests: forums, meetings, agenda items, action items and status reports. */
public final class Forums {

    public static final String PATH = "/api/v1/forums";
    public static final String MEETINGS = "/api/v1/meetings";
    public static final String ITEMS = "/api/v1/action-items";
    public static final String REPORTS = "/api/v1/status-reports";
    public static final String STRUCTURE = "/api/v1/forum-structure/";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Forums() {}

    public static String demo(String key) {
        return DemoDataLoader.forumId(key).toString();
    }

    public static String organisation(String key) {
        return DemoDataLoader.organisationId(key).toString();
    }

    /** A valid forum of the county (null: national) at the level. */
    public static Map<String, Object> input(String countyCode, String level) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Testsamråd " + SEQUENCE.incrementAndGet() + " " + System.nanoTime());
        body.put("kind", "FORUM");
        body.put("level", level);
        if (countyCode != null) {
            body.put("countyCode", countyCode);
        }
        body.put("meetingsPerYear", 4);
        body.put("mandate", List.of("Följa upp samverkan", "Initiera uppdrag"));
        body.put("purposes", List.of("Att få en gemensam lägesbild"));
        return body;
    }

    public static String create(DemoUser user, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .path("id");
    }

    /** A regional forum of the county with the given member organisations (demo keys). */
    public static String withMembers(DemoUser user, String countyCode, String level, String... organisationKeys) {
        String id = create(user, input(countyCode, level));
        for (String key : organisationKeys) {
            addMember(user, id, key);
        }
        return id;
    }

    public static String addMember(DemoUser user, String forumId, String organisationKey) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation(organisationKey), "role", "EXPERT"))
                .post(PATH + "/" + forumId + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(String path) {
        return DemoUser.ADMIN
                .request()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static Map<String, Object> meeting(LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("startTime", "09:30");
        body.put("endTime", "12:00");
        body.put("location", "Länsstyrelsen, Västerås");
        body.put("onlineUrl", "https://meet.example.se/samrad");
        return body;
    }

    public static String createMeeting(DemoUser user, String forumId, LocalDate date) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(meeting(date))
                .post(PATH + "/" + forumId + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> agendaItem(String title, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        return body;
    }

    public static String addAgendaItem(DemoUser user, String meetingId, String title, String kind) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(agendaItem(title, kind))
                .post(MEETINGS + "/" + meetingId + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> actionItem(String title, String ownerKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("ownerOrganisationId", organisation(ownerKey));
        body.put("ownerPerson", "Anna Andersson");
        body.put("dueOn", LocalDate.now().plusMonths(2).toString());
        return body;
    }

    public static String handOut(DemoUser user, String meetingId, String agendaItemId, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(MEETINGS + "/" + meetingId + "/agenda-items/" + agendaItemId + "/action-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse changeStatus(DemoUser user, String itemId, String status) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(ITEMS + "/" + itemId))
                .body(Map.of("status", status))
                .post(ITEMS + "/" + itemId + "/status")
                .then();
    }

    public static ValidatableResponse escalate(DemoUser user, String itemId, String forumId) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag(ITEMS + "/" + itemId))
                .body(Map.of("forumId", forumId))
                .post(ITEMS + "/" + itemId + "/escalation")
                .then();
    }

    /** Writes minutes on a point so the meeting can be published. */
    public static void writeMinutes(
            DemoUser user, String meetingId, String agendaItemId, String title, String kind, String minutes) {
        Map<String, Object> body = agendaItem(title, kind);
        body.put("minutes", minutes);
        String etag = DemoUser.ADMIN
                .request()
                .get(MEETINGS + "/" + meetingId)
                .then()
                .extract()
                .path("agenda.find { it.id == '" + agendaItemId + "' }.version")
                .toString();
        user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + etag + "\"")
                .body(body)
                .put(MEETINGS + "/" + meetingId + "/agenda-items/" + agendaItemId)
                .then()
                .statusCode(200);
    }

    public static ValidatableResponse publishMinutes(DemoUser user, String meetingId) {
        return user.request()
                .header("If-Match", etag(MEETINGS + "/" + meetingId))
                .post(MEETINGS + "/" + meetingId + "/minutes/publication")
                .then();
    }

    public static Map<String, Object> report(int year, int quarter) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("quarter", quarter);
        body.put("title", "Lägesrapport kvartal " + quarter + " " + year);
        body.put("themes", List.of("Arbetsmarknad och utbildning", "Hälsa", "Boende"));
        return body;
    }

    public static String openReport(DemoUser user, String forumId, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH + "/" + forumId + "/status-reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void invite(DemoUser user, String reportId, String... organisationKeys) {
        user.request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationIds",
                        java.util.Arrays.stream(organisationKeys)
                                .map(Forums::organisation)
                                .toList()))
                .post(REPORTS + "/" + reportId + "/invitations")
                .then()
                .statusCode(200);
    }

    public static Map<String, Object> contribution(String theme, String text) {
        return Map.of("entries", List.of(Map.of("theme", theme, "text", text)));
    }
}
