package se.samverkan.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.FollowUps;
import se.samverkan.support.FollowUps.TestRound;
import se.samverkan.support.Strategies;

/**
 * Issue 14: the follow-up round's activities are taken from the action plan instead of typed again; an assessment
 * names the plan's activity it reports on, only one of its agreement's plan for its goal area.
 */
@QuarkusTest
class PlanActivitiesInFollowUpTest {

    private static String planActivity(String agreement, String goalArea, String title) {
        return Strategies.post(
                        COORDINATOR_VASTMANLAND,
                        Strategies.plan(agreement) + "/activities",
                        Strategies.activity(
                                title,
                                goalArea,
                                null,
                                DemoDataLoader.organisationId("vasteras-stad").toString()))
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> reporting(String planActivityId) {
        Map<String, Object> draft = FollowUps.draft("ON_TRACK");
        Map<String, Object> activity = new HashMap<>();
        activity.put("title", "Språkpraktik i kommunen");
        activity.put(
                "organisationIds",
                List.of(DemoDataLoader.organisationId("vasteras-stad").toString()));
        activity.put("result", "Tolv personer fick anställning");
        activity.put("planActivityId", planActivityId);
        draft.put("activities", List.of(activity));
        return draft;
    }

    @Test
    void anAssessmentReportsOnThePlansActivityOfItsGoalArea() {
        TestRound round = FollowUps.openRound();
        String agreement = round.agreement().id();
        String work = planActivity(agreement, round.agreement().work(), "Språkpraktik i kommunen");
        String housing = planActivity(agreement, round.agreement().housing(), "Bostäder i hela länet");
        TestRound other = FollowUps.openRound();
        String elsewhere =
                planActivity(other.agreement().id(), other.agreement().work(), "Språkpraktik");

        // Another goal area's activity, another agreement's, and none at all are named as the field in error.
        for (String wrong : List.of(housing, elsewhere, UUID.randomUUID().toString())) {
            FollowUps.save(MEMBER_VASTERAS, round.vasterasWork(), reporting(wrong))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("activities[0].planActivityId"));
        }
        FollowUps.save(MEMBER_VASTERAS, round.vasterasWork(), reporting(work))
                .statusCode(200)
                .body("activities[0].planActivityId", equalTo(work))
                .body("activities[0].title", equalTo("Språkpraktik i kommunen"));
        // Typed activities name none.
        FollowUps.save(MEMBER_VASTERAS, round.vasterasHousing(), FollowUps.draft("ON_TRACK"))
                .statusCode(200)
                .body("activities[0].planActivityId", equalTo(null));
    }
}
