package se.samverkan.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;
import se.samverkan.support.TestData;

/**
 * Every history, list, link and summary applies the visibility of what it names: a county's draft agreement
 * linked from a forum, its meeting's agenda and decision must not show its title to the public, to another county
 * or to a member of an organisation that is not a party; unpublished minutes stay internal to the forum.
 */
@QuarkusTest
class VisibilityTest {

    private static final String DRAFT_MARKER = "Hemligt utkast " + System.nanoTime();
    private static final String MINUTES_MARKER = "Internt protokoll " + System.nanoTime();

    private static String draft;
    private static String forum;
    private static String meeting;
    private static String point;
    private static String actionItem;
    private static String report;

    /** Once for all tests; in @BeforeEach because the API's port is known to RestAssured only around each test. */
    @BeforeEach
    void aDraftLinkedEverywhereAndInternalMinutes() {
        if (draft != null) {
            return;
        }
        Map<String, Object> body = TestData.with(Agreements.input("19"), "title", DRAFT_MARKER);
        draft = Agreements.create(COORDINATOR_VASTMANLAND, body);
        Agreements.addParty(COORDINATOR_VASTMANLAND, draft, "lansstyrelsen-vastmanland", "CONVENER");
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, draft, "1", "Bosättning");

        // A forum of the county with Västerås stad as member: linked to the draft, then renamed (two history entries).
        Map<String, Object> forumBody = TestData.with(Forums.input("19", "REGIONAL"), "agreementIds", List.of(draft));
        forum = Forums.create(COORDINATOR_VASTMANLAND, forumBody);
        Forums.addMember(COORDINATOR_VASTMANLAND, forum, "vasteras-stad");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(Forums.PATH + "/" + forum))
                .body(TestData.with(forumBody, "agreementIds", List.of()))
                .put(Forums.PATH + "/" + forum)
                .then()
                .statusCode(200);

        // A held meeting whose agenda and decision name the draft, with minutes that are not published.
        meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        Map<String, Object> item = Forums.agendaItem("Avstämning", "STANDING_FOLLOW_UP");
        item.put("agreementId", draft);
        item.put("goalAreaId", goalArea);
        item.put("minutes", MINUTES_MARKER);
        point = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(item)
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "text",
                        "Beslutade att gå vidare",
                        "outcome",
                        "ADOPTED",
                        "subject",
                        "AGREEMENT",
                        "agreementId",
                        draft))
                .post(Forums.MEETINGS + "/" + meeting + "/agenda-items/" + point + "/decisions")
                .then()
                .statusCode(201);
        actionItem = Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Följa upp utkastet", "vasteras-stad"));
        report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 2));
    }

    /** Who must not see the draft: the public, another county's coordinator, members of organisations that are no party. */
    enum Outsider {
        ANONYMOUS(DemoUser.ANONYMOUS, false),
        OTHER_COUNTY(COORDINATOR_VASTRA_GOTALAND, false),
        FORUM_MEMBER_NOT_A_PARTY(MEMBER_VASTERAS, true),
        UNRELATED_MEMBER(MEMBER_ARBETSFORMEDLINGEN, false);

        final DemoUser user;
        final boolean forumParticipant;

        Outsider(DemoUser user, boolean forumParticipant) {
            this.user = user;
            this.forumParticipant = forumParticipant;
        }
    }

    private static List<String> readEndpoints() {
        List<String> paths = new ArrayList<>(List.of(
                Forums.PATH,
                Forums.PATH + "?county=19",
                Forums.PATH + "/" + forum,
                Forums.PATH + "/" + forum + "/history",
                Forums.STRUCTURE + "19",
                Forums.PATH + "/" + forum + "/meetings",
                Forums.PATH + "/" + forum + "/calendar.ics",
                Forums.PATH + "/" + forum + "/status-reports",
                Forums.MEETINGS + "/" + meeting,
                Forums.MEETINGS + "/" + meeting + "/history",
                Forums.MEETINGS + "/" + meeting + "/minutes",
                Forums.MEETINGS + "/" + meeting + "/calendar.ics",
                Forums.ITEMS,
                Forums.ITEMS + "?forum=" + forum,
                Forums.ITEMS + "/" + actionItem,
                Forums.ITEMS + "/" + actionItem + "/history",
                Forums.REPORTS + "/" + report,
                Forums.REPORTS + "/" + report + "/history",
                Agreements.PATH,
                Agreements.PATH + "?county=19",
                Agreements.PATH + "?status=DRAFT",
                Agreements.PATH + "/" + draft,
                Agreements.PATH + "/" + draft + "/history",
                Agreements.PATH + "/" + draft + "/indicators",
                Agreements.PATH + "/" + draft + "/follow-up-rounds",
                "/api/v1/organisations/" + Forums.organisation("lansstyrelsen-vastmanland") + "/history"));
        return paths;
    }

    @ParameterizedTest(name = "{0} sees neither the draft's title nor internal minutes")
    @EnumSource(Outsider.class)
    void noDraftTitleAndNoInternalMinutes(Outsider outsider) {
        for (String path : readEndpoints()) {
            var response = outsider.user.request().get(path).then();
            int status = response.extract().statusCode();
            response.body(not(containsString(DRAFT_MARKER)));
            if (!outsider.forumParticipant) {
                response.body(not(containsString(MINUTES_MARKER)));
            }
            if (status >= 500) {
                throw new AssertionError(path + " answered " + status);
            }
        }
    }

    @ParameterizedTest(name = "{0} reads the forum's history with the draft hidden")
    @EnumSource(Outsider.class)
    void historiesNameHiddenThingsAsNotPublic(Outsider outsider) {
        outsider.user
                .request()
                .get(Forums.PATH + "/" + forum + "/history")
                .then()
                .statusCode(200)
                .body(
                        "find { it.action == 'UPDATED' }.changes.find { it.field == 'agreements' }.before",
                        equalTo("(not public)"));
        if (outsider.forumParticipant) {
            outsider.user
                    .request()
                    .get(Forums.MEETINGS + "/" + meeting + "/history")
                    .then()
                    .statusCode(200)
                    .body(
                            "find { it.entityType == 'AGENDA_ITEM' }.changes.find { it.field == 'agreement' }.after",
                            equalTo("(not public)"))
                    .body(
                            "find { it.entityType == 'DECISION' }.changes.find { it.field == 'agreement' }.after",
                            equalTo("(not public)"));
        }
    }

    @ParameterizedTest(name = "{0} may see the draft, and its title in the histories")
    @EnumSource(
            value = DemoUser.class,
            names = {"ADMIN", "COORDINATOR_VASTMANLAND"})
    void insidersStillSeeTheTitle(DemoUser insider) {
        insider.request()
                .get(Forums.PATH + "/" + forum + "/history")
                .then()
                .statusCode(200)
                .body(containsString(DRAFT_MARKER));
        insider.request()
                .get(Forums.MEETINGS + "/" + meeting + "/history")
                .then()
                .statusCode(200)
                .body(containsString(DRAFT_MARKER))
                .body(containsString(MINUTES_MARKER));
        ADMIN.request().get(Agreements.PATH + "/" + draft).then().statusCode(200);
    }

    @ParameterizedTest(name = "the minutes are internal to {0} until published")
    @EnumSource(
            value = DemoUser.class,
            names = {"ANONYMOUS", "COORDINATOR_VASTRA_GOTALAND", "MEMBER_ARBETSFORMEDLINGEN"})
    void unpublishedMinutesAreNotFound(DemoUser user) {
        user.request().get(Forums.MEETINGS + "/" + meeting + "/minutes").then().statusCode(404);
        ANONYMOUS
                .request()
                .get(Forums.MEETINGS + "/" + meeting)
                .then()
                .statusCode(200)
                .body(not(containsString(MINUTES_MARKER)));
    }
}
