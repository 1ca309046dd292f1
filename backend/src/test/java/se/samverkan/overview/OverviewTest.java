package se.samverkan.overview;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Surveys;

/** The caller's own tasks: a member's organisation's work, a coordinator's waiting lists, nobody else's. */
@QuarkusTest
class OverviewTest {

    private static final String TASKS = "/api/v1/me/tasks";

    @Test
    void anonymousCallersAreAskedToLogIn() {
        DemoUser.ANONYMOUS.request().get(TASKS).then().statusCode(401);
    }

    @Test
    void aMemberSeesTheirOrganisationsAssessmentsOpenBeforeDoneByDeadline() {
        FollowUps.TestRound round = FollowUps.openRound();
        FollowUps.save(DemoUser.MEMBER_VASTERAS, round.vasterasWork(), FollowUps.draft("ON_TRACK"))
                .statusCode(200);
        FollowUps.step(DemoUser.MEMBER_VASTERAS, round.vasterasWork(), "submit").statusCode(200);

        List<Map<String, Object>> tasks = tasks(DemoUser.MEMBER_VASTERAS, "");
        Map<String, Object> submitted = find(tasks, round.vasterasWork());
        Map<String, Object> open = find(tasks, round.vasterasHousing());
        assertEquals("ASSESSMENT", open.get("kind"));
        assertEquals("OPEN", open.get("state"));
        assertEquals("2027-03-31", open.get("deadline"));
        assertEquals(2027, open.get("year"));
        assertEquals("2 Bosättning", open.get("title"));
        assertEquals("DONE", submitted.get("state"));
        assertEquals("SUBMITTED", submitted.get("status"));
        assertInOrder(tasks);
        // Arbetsförmedlingen's tasks in the same round are not Västerås's.
        assertFalse(ids(tasks).contains(round.arbetsformedlingenWork()));
        assertTrue(ids(tasks(DemoUser.MEMBER_ARBETSFORMEDLINGEN, "")).contains(round.arbetsformedlingenWork()));

        DemoUser.MEMBER_VASTERAS
                .request()
                .get(TASKS)
                .then()
                .statusCode(200)
                .body("member", equalTo(true))
                .body("coordinator", equalTo(false));
    }

    @Test
    void aMemberSeesTheirOrganisationsFundingDraftsToSubmitAndAccountsToFile() {
        String call = se.samverkan.support.Fundings.openCall(se.samverkan.support.Fundings.programme());
        String draft = se.samverkan.support.Fundings.apply(
                DemoUser.MEMBER_VASTERAS, call, se.samverkan.support.Fundings.application("vasteras-stad", "1000.00"));
        String submitted = se.samverkan.support.Fundings.apply(
                DemoUser.MEMBER_VASTERAS, call, se.samverkan.support.Fundings.application("vasteras-stad", "2000.00"));
        se.samverkan.support.Fundings.status(
                        DemoUser.MEMBER_VASTERAS,
                        se.samverkan.support.Fundings.APPLICATIONS + "/" + submitted,
                        Map.of("status", "SUBMITTED"))
                .statusCode(200);
        String granted = se.samverkan.support.Fundings.inReview(
                call, se.samverkan.support.Fundings.application("vasteras-stad", "3000.00"));
        String project = se.samverkan.support.Fundings.decide(
                        DemoUser.COORDINATOR_VASTMANLAND, granted, se.samverkan.support.Fundings.grant("2500.00"))
                .statusCode(200)
                .extract()
                .path("projectId");

        List<Map<String, Object>> tasks = tasks(DemoUser.MEMBER_VASTERAS, "");
        Map<String, Object> toSubmit = find(tasks, draft);
        assertEquals("FUNDING_APPLICATION", toSubmit.get("kind"));
        assertEquals("OPEN", toSubmit.get("state"));
        assertEquals("DRAFT", toSubmit.get("status"));
        assertEquals("2099-12-31", toSubmit.get("deadline"));
        assertEquals("Västerås stad", toSubmit.get("organisation"));
        assertEquals("DONE", find(tasks, submitted).get("state"));
        assertEquals("SUBMITTED", find(tasks, submitted).get("status"));
        // The granted application's account is due on the project's page (the grant's accountingDueOn).
        Map<String, Object> account = find(tasks, project);
        assertEquals("FUNDING_ACCOUNT", account.get("kind"));
        assertEquals("OPEN", account.get("state"));
        assertEquals("DUE", account.get("status"));
        assertEquals("2031-03-31", account.get("deadline"));
        assertInOrder(tasks);
        // The co-applicant neither submits the draft nor files the account: they are not its tasks.
        List<Map<String, Object>> partner = tasks(DemoUser.MEMBER_ARBETSFORMEDLINGEN, "?kind=FUNDING_APPLICATION");
        assertFalse(ids(partner).contains(draft));
        assertFalse(ids(tasks(DemoUser.MEMBER_ARBETSFORMEDLINGEN, "?kind=FUNDING_ACCOUNT"))
                .contains(project));
        // Filed: done.
        String accountId = DemoUser.MEMBER_VASTERAS
                .request()
                .get(se.samverkan.support.Fundings.PROJECTS + "/" + project + "/accounts")
                .then()
                .extract()
                .path("[0].id");
        se.samverkan.support.Fundings.post(
                        DemoUser.MEMBER_VASTERAS,
                        se.samverkan.support.Fundings.ACCOUNTS + "/" + accountId + "/filing",
                        se.samverkan.support.Fundings.ACCOUNTS + "/" + accountId,
                        Map.of("spent", "2400.00", "whatWasDone", "Språkcaféer"))
                .statusCode(200);
        Map<String, Object> filed = find(tasks(DemoUser.MEMBER_VASTERAS, "?kind=FUNDING_ACCOUNT"), project);
        assertEquals("DONE", filed.get("state"));
        assertEquals("FILED", filed.get("status"));
        // A draft of a call that has closed can no longer be submitted: done, not open.
        se.samverkan.support.Fundings.status(
                        DemoUser.COORDINATOR_VASTMANLAND,
                        se.samverkan.support.Fundings.CALLS + "/" + call,
                        Map.of("status", "CLOSED"))
                .statusCode(200);
        assertEquals(
                "DONE",
                find(tasks(DemoUser.MEMBER_VASTERAS, "?kind=FUNDING_APPLICATION"), draft)
                        .get("state"));
    }

    @Test
    void aMemberSeesTheActionPlanActivitiesTheirOrganisationOwnsByDueDate() {
        FollowUps.TestRound round = FollowUps.openRound();
        String agreement = round.agreement().id();
        String vasteras =
                se.samverkan.demo.DemoDataLoader.organisationId("vasteras-stad").toString();
        String title = "Språkpraktik " + System.nanoTime();
        for (String dueOn : List.of("2099-12-31", "2098-06-30")) {
            Map<String, Object> activity = se.samverkan.support.Strategies.activity(
                    title + " " + dueOn, round.agreement().work(), null, vasteras);
            activity.put("dueOn", dueOn);
            se.samverkan.support.Strategies.post(
                            DemoUser.COORDINATOR_VASTMANLAND,
                            se.samverkan.support.Strategies.plan(agreement) + "/activities",
                            activity)
                    .statusCode(201);
        }
        List<Map<String, Object>> tasks = tasks(DemoUser.MEMBER_VASTERAS, "?kind=PLAN_ACTIVITY");
        List<Map<String, Object>> mine = tasks.stream()
                .filter(t -> ((String) t.get("title")).startsWith(title))
                .toList();
        assertEquals(
                List.of(title + " 2098-06-30", title + " 2099-12-31"),
                mine.stream().map(t -> t.get("title")).toList());
        Map<String, Object> first = mine.get(0);
        assertEquals(agreement, first.get("targetId"), "done on the agreement's action plan");
        assertEquals("OPEN", first.get("state"));
        assertEquals("PLANNED", first.get("status"));
        assertEquals("2098-06-30", first.get("deadline"));
        assertEquals("Västerås stad", first.get("organisation"));
        assertInOrder(tasks);
        // Another organisation does not own them.
        assertTrue(tasks(DemoUser.MEMBER_ARBETSFORMEDLINGEN, "?kind=PLAN_ACTIVITY").stream()
                .noneMatch(t -> ((String) t.get("title")).startsWith(title)));
    }

    @Test
    void filtersByKindAndState() {
        FollowUps.TestRound round = FollowUps.openRound();
        List<Map<String, Object>> open = tasks(DemoUser.MEMBER_VASTERAS, "?kind=ASSESSMENT&state=OPEN");
        assertTrue(ids(open).contains(round.vasterasWork()));
        assertTrue(open.stream()
                .allMatch(t ->
                        t.get("kind").equals("ASSESSMENT") && t.get("state").equals("OPEN")));
        assertTrue(tasks(DemoUser.MEMBER_VASTERAS, "?kind=CONTRIBUTION").stream()
                .allMatch(t -> t.get("kind").equals("CONTRIBUTION")));
        assertFalse(ids(tasks(DemoUser.MEMBER_VASTERAS, "?state=DONE")).contains(round.vasterasWork()));
    }

    @Test
    void anOpenSurveyIsAnAnswerToGiveUntilSubmittedAndOnlyForTheAskedOrganisation() {
        String vasteras =
                se.samverkan.demo.DemoDataLoader.organisationId("vasteras-stad").toString();
        String survey = Surveys.open(DemoUser.COORDINATOR_VASTMANLAND);
        Map<String, Object> task = find(tasks(DemoUser.MEMBER_VASTERAS, "?kind=SURVEY_ANSWER"), survey);
        assertEquals("OPEN", task.get("state"));
        assertEquals("NOT_STARTED", task.get("status"));
        assertEquals("Västerås stad", task.get("organisation"));
        assertEquals("Västmanlands län", task.get("context"));
        // The link goes to the answer form of the survey for this organisation.
        assertEquals(vasteras, task.get("organisationId"));
        assertEquals(java.time.LocalDate.now().plusDays(30).toString(), task.get("deadline"));
        // Arbetsförmedlingen is not asked.
        assertFalse(ids(tasks(DemoUser.MEMBER_ARBETSFORMEDLINGEN, "?kind=SURVEY_ANSWER"))
                .contains(survey));

        String answer = Surveys.answerPath(survey, vasteras);
        DemoUser.MEMBER_VASTERAS
                .request()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Surveys.answer(Surveys.keys(survey), "AGREE_PARTLY", "Bostadsbristen består."))
                .put(answer)
                .then()
                .statusCode(201);
        assertEquals(
                "DRAFT",
                find(tasks(DemoUser.MEMBER_VASTERAS, "?kind=SURVEY_ANSWER&state=OPEN"), survey)
                        .get("status"));
        DemoUser.MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(DemoUser.MEMBER_VASTERAS, answer))
                .post(answer + "/submission")
                .then()
                .statusCode(200);
        Map<String, Object> done = find(tasks(DemoUser.MEMBER_VASTERAS, "?kind=SURVEY_ANSWER&state=DONE"), survey);
        assertEquals("SUBMITTED", done.get("status"));
        // Once closed, nothing is left to do there.
        Surveys.status(DemoUser.COORDINATOR_VASTMANLAND, survey, "CLOSED").statusCode(200);
        assertFalse(ids(tasks(DemoUser.MEMBER_VASTERAS, "?kind=SURVEY_ANSWER")).contains(survey));
    }

    @Test
    void anUnknownKindOrStateIsAProblemNamingTheParameter() {
        DemoUser.MEMBER_VASTERAS
                .request()
                .get(TASKS + "?kind=LUNCH")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        DemoUser.MEMBER_VASTERAS
                .request()
                .get(TASKS + "?state=MAYBE")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("state"));
    }

    @Test
    void theCoordinatorSeesWhoHasNotSubmittedAndWhatWaitsForReviewInTheirCountyOnly() {
        FollowUps.TestRound round = FollowUps.openRound();
        FollowUps.save(DemoUser.MEMBER_VASTERAS, round.vasterasWork(), FollowUps.draft("ON_TRACK"))
                .statusCode(200);
        FollowUps.step(DemoUser.MEMBER_VASTERAS, round.vasterasWork(), "submit").statusCode(200);

        List<Map<String, Object>> tasks = tasks(DemoUser.COORDINATOR_VASTMANLAND, "");
        Map<String, Object> review = find(tasks, round.vasterasWork());
        assertEquals("REVIEW_ASSESSMENT", review.get("kind"));
        assertEquals("OPEN", review.get("state"));
        Map<String, Object> missing = find(tasks, round.id());
        assertEquals("ROUND_MISSING", missing.get("kind"));
        assertEquals(
                List.of("Arbetsförmedlingen Norra Mälardalen", "Västerås stad"),
                ((List<?>) missing.get("missing")).stream().sorted().toList());
        assertInOrder(tasks);
        assertTrue(
                tasks.stream().allMatch(t -> !t.get("kind").equals("ASSESSMENT")),
                "a coordinator without an" + " organisation has no member tasks");

        List<Map<String, Object>> other = tasks(DemoUser.COORDINATOR_VASTRA_GOTALAND, "");
        assertFalse(ids(other).contains(round.id()));
        assertFalse(ids(other).contains(round.vasterasWork()));
    }

    @Test
    void aServiceAccountGetsItsOrganisationsTasks() {
        DemoUser.AGENCY_SYSTEM.request().get(TASKS).then().statusCode(200).body("coordinator", equalTo(false));
    }

    private static List<Map<String, Object>> tasks(DemoUser user, String query) {
        return user.request()
                .get(TASKS + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("tasks");
    }

    private static List<Object> ids(List<Map<String, Object>> tasks) {
        return tasks.stream().map(t -> t.get("targetId")).toList();
    }

    private static Map<String, Object> find(List<Map<String, Object>> tasks, String targetId) {
        return tasks.stream()
                .filter(t -> targetId.equals(t.get("targetId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task for " + targetId + " in " + tasks));
    }

    /** Open before done; within each, deadlines never go back, and tasks without one come last. */
    private static void assertInOrder(List<Map<String, Object>> tasks) {
        for (int i = 1; i < tasks.size(); i++) {
            Map<String, Object> before = tasks.get(i - 1);
            Map<String, Object> after = tasks.get(i);
            String where = "tasks " + (i - 1) + " and " + i + ": " + before + " / " + after;
            int states = Integer.compare(
                    TaskState.valueOf((String) before.get("state")).ordinal(),
                    TaskState.valueOf((String) after.get("state")).ordinal());
            assertTrue(states <= 0, "open before done at " + where);
            if (states == 0) {
                String a = (String) before.get("deadline");
                String b = (String) after.get("deadline");
                assertTrue(b == null || (a != null && a.compareTo(b) <= 0), "by deadline at " + where);
            }
        }
    }
}
