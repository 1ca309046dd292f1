package se.samverkan.overview;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * An organisation's commitments (issue 17): each part shows only what the caller may read by its own feature's rules.
 * Drafts never leak to the public or to another county's coordinator; internal action items reach the owner's
 * members and the forum's county coordinator, not the public.
 */
@QuarkusTest
class CommitmentTest {

    private static final String VASTERAS = Forums.organisation("vasteras-stad");

    private static String path(String organisationId) {
        return "/api/v1/organisations/" + organisationId + "/commitments";
    }

    private static JsonPath commitments(DemoUser user) {
        return user.request()
                .get(path(VASTERAS))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String responsibility(String agreementId, String goalAreaId, Map<String, Object> body) {
        return ADMIN.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(Agreements.PATH + "/" + agreementId + "/goal-areas/" + goalAreaId + "/responsibilities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void draftAgreementsReachOnlyThoseTheAgreementRulesLetReadThem() {
        String draft = Agreements.create(ADMIN, Agreements.input("19"));
        Agreements.addParty(ADMIN, draft, "vasteras-stad", "SIGNATORY");
        String draftArea = Agreements.addGoalArea(ADMIN, draft, "1", "Arbete");
        responsibility(draft, draftArea, Map.of("organisationId", VASTERAS, "kind", "RESPONSIBLE", "level", "LOCAL"));

        String adopted = Agreements.adoptableDraft(ADMIN, Agreements.input("19"));
        String area = ADMIN.request()
                .get(Agreements.PATH + "/" + adopted)
                .then()
                .statusCode(200)
                .extract()
                .path("goalAreas[0].id");
        responsibility(adopted, area, Map.of("allOtherSignatories", true, "kind", "OTHER", "level", "REGIONAL"));
        Agreements.changeStatus(ADMIN, adopted, "ADOPTED").statusCode(200);

        for (DemoUser outsider : List.of(ANONYMOUS, COORDINATOR_VASTRA_GOTALAND, MEMBER_ARBETSFORMEDLINGEN)) {
            JsonPath seen = commitments(outsider);
            List<String> agreements = seen.getList("agreements.id");
            assertFalse(agreements.contains(draft), outsider + " must not see the draft");
            assertFalse(seen.getList("responsibilities.agreementId").contains(draft), outsider + ": its goal areas");
            assertTrue(agreements.contains(adopted), outsider + " sees the adopted agreement");
        }
        for (DemoUser insider : List.of(COORDINATOR_VASTMANLAND, MEMBER_VASTERAS, ADMIN)) {
            JsonPath seen = commitments(insider);
            assertTrue(seen.getList("agreements.id").contains(draft), insider + " sees the draft");
            assertEquals("SIGNATORY", seen.getString("agreements.find { it.id == '" + draft + "' }.role"));
            assertEquals("DRAFT", seen.getString("agreements.find { it.id == '" + draft + "' }.status"));
            Map<String, Object> named = seen.getMap("responsibilities.find { it.agreementId == '" + draft + "' }");
            assertEquals("Arbete", named.get("goalAreaTitle"));
            assertEquals("1", named.get("goalAreaNumber"));
            assertEquals("LOCAL", named.get("level"));
            assertEquals("RESPONSIBLE", named.get("kind"));
            assertEquals(false, named.get("allOtherSignatories"));
        }

        // Västerås signs the adopted agreement, so "all other signatories" of its goal area includes it.
        Map<String, Object> shared =
                commitments(ANONYMOUS).getMap("responsibilities.find { it.agreementId == '" + adopted + "' }");
        assertEquals(true, shared.get("allOtherSignatories"));
        assertEquals("REGIONAL", shared.get("level"));
        assertEquals("Bosättning", shared.get("goalAreaTitle"));
        // Länsstyrelsen convenes it and signs nothing: the responsibility of "all other signatories" is not its own.
        List<String> board = ANONYMOUS
                .request()
                .get(path(Forums.organisation("lansstyrelsen-vastmanland")))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("responsibilities.agreementId");
        assertFalse(board.contains(adopted));
    }

    @Test
    void forumsArePublicAndOpenActionItemsFollowTheForumRules() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(7));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Medskick", "DEEP_DIVE");
        String open = Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Ta fram lägesbild", "vasteras-stad"));
        String done = Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Redan klar", "vasteras-stad"));
        Forums.changeStatus(COORDINATOR_VASTMANLAND, done, "DONE").statusCode(200);

        JsonPath anonymous = commitments(ANONYMOUS);
        assertEquals("EXPERT", anonymous.getString("forums.find { it.id == '" + forum + "' }.role"));
        assertEquals(false, anonymous.getBoolean("forums.find { it.id == '" + forum + "' }.convener"));
        assertFalse(anonymous.getList("actionItems.id").contains(open), "minutes unpublished: not public");
        assertFalse(commitments(COORDINATOR_VASTRA_GOTALAND)
                .getList("actionItems.id")
                .contains(open));

        for (DemoUser insider : List.of(MEMBER_VASTERAS, COORDINATOR_VASTMANLAND)) {
            JsonPath seen = commitments(insider);
            List<String> items = seen.getList("actionItems.id");
            assertTrue(items.contains(open), insider + " sees the open item");
            assertFalse(items.contains(done), "a done item is no open commitment");
            assertEquals(forum, seen.getString("actionItems.find { it.id == '" + open + "' }.forumId"));
            assertEquals(
                    LocalDate.now().plusMonths(2).toString(),
                    seen.getString("actionItems.find { it.id == '" + open + "' }.dueOn"));
        }
    }

    @Test
    void anUnknownOrganisationIs404AndABadIdAProblem() {
        ANONYMOUS
                .request()
                .get(path(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ANONYMOUS.request().get(path("not-a-uuid")).then().statusCode(404);
        ANONYMOUS
                .request()
                .get(path(VASTERAS))
                .then()
                .statusCode(200)
                .body("organisationId", equalTo(VASTERAS))
                .body("truncated", equalTo(false));
    }
}
