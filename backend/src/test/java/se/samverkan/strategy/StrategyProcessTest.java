package se.samverkan.strategy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTERBOTTEN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Strategies.activity;
import static se.samverkan.support.Strategies.etagOf;
import static se.samverkan.support.Strategies.phase;
import static se.samverkan.support.Strategies.point;
import static se.samverkan.support.Strategies.post;
import static se.samverkan.support.Strategies.put;
import static se.samverkan.support.Strategies.status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.Fundings;
import se.samverkan.support.Strategies;

/** The process map, the scored areas of action and the action plan, through the API, with every illegal step. */
@QuarkusTest
class StrategyProcessTest {

    private static final String RUS =
            DemoDataLoader.agreementId("vasterbotten-rus-2018").toString();

    @Test
    void processMapPhasesMoveThroughTheirLifecycleAndCompleteOnlyWithEveryPointDone() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String phases = Strategies.process(agreement) + "/phases";
        ValidatableResponse first = post(
                        COORDINATOR_VASTMANLAND,
                        phases,
                        phase("Förankring", List.of(point("Förankring i rådet", false), point("Tidsplan", true))))
                .statusCode(201)
                .body("position", equalTo(1))
                .body("status", equalTo("NOT_STARTED"))
                .body("checkpoints[1].doneOn", notNullValue())
                .body("permissions.statusChanges", contains("ONGOING"));
        String id = first.extract().path("id");
        String path = phases + "/" + id;
        String etag = etagOf(first);
        post(COORDINATOR_VASTMANLAND, phases, phase("Lansering", List.of()))
                .statusCode(201)
                .body("position", equalTo(2));

        // not started → done skips a step; a member, another county and the public are refused
        status(COORDINATOR_VASTMANLAND, path, etag, "DONE")
                .statusCode(409)
                .body("rule", equalTo("transition-not-allowed"));
        status(MEMBER_VASTERAS, path, etag, "ONGOING").statusCode(403);
        status(COORDINATOR_VASTRA_GOTALAND, path, etag, "ONGOING").statusCode(404);
        status(ANONYMOUS, path, etag, "ONGOING").statusCode(401);
        put(MEMBER_ARBETSFORMEDLINGEN, path, etag, phase("X", List.of())).statusCode(403);

        ValidatableResponse started = status(COORDINATOR_VASTMANLAND, path, etag, "ONGOING")
                .statusCode(200)
                .body("status", equalTo("ONGOING"))
                .body("actualStart", notNullValue());
        status(COORDINATOR_VASTMANLAND, path, etag, "DONE").statusCode(412);
        etag = etagOf(started);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.process(agreement))
                .then()
                .statusCode(200)
                .body("currentPhaseId", equalTo(id))
                .body("phases.name", contains("Förankring", "Lansering"));
        status(COORDINATOR_VASTMANLAND, path, etag, "DONE").statusCode(409).body("rule", equalTo("open-checkpoints"));
        status(COORDINATOR_VASTMANLAND, path, etag, "NOT_STARTED")
                .statusCode(409)
                .body("rule", equalTo("phase-never-unstarted"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(path)
                .then()
                .statusCode(409)
                .body("rule", equalTo("started-phase-kept"));
        ValidatableResponse checked = put(
                        COORDINATOR_VASTMANLAND,
                        path,
                        etag,
                        phase("Förankring", List.of(point("Förankring i rådet", true), point("Tidsplan", true))))
                .statusCode(200)
                .body("checkpoints.done", contains(true, true));
        ValidatableResponse done = status(COORDINATOR_VASTMANLAND, path, etagOf(checked), "DONE")
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("actualEnd", notNullValue());
        String lansering = COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.process(agreement))
                .then()
                .statusCode(200)
                .extract()
                .path("phases[1].id");
        COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.process(agreement))
                .then()
                .body("currentPhaseId", equalTo(lansering));
        status(COORDINATOR_VASTMANLAND, path, etagOf(done), "ONGOING")
                .statusCode(200)
                .body("status", equalTo("ONGOING"))
                .body("actualEnd", nullValue());
        // history names the change and who made it
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + agreement + "/history")
                .then()
                .statusCode(200)
                .body("summary", hasItem("Phase Förankring is DONE"));
    }

    @Test
    void badPhaseInputNamesTheField() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Map<String, Object> body =
                phase("Förankring", List.of(Map.of("text", "Punkt", "done", false, "doneOn", "2026-01-01")));
        body.put("plannedEnd", "2026-01-01");
        body.put(
                "ownerForumId",
                DemoDataLoader.forumId("vasterbotten-dialoggruppen").toString());
        body.put("ownerOrganisationId", Fundings.organisation("vasteras-stad"));
        post(COORDINATOR_VASTMANLAND, Strategies.process(agreement) + "/phases", body)
                .statusCode(400)
                .body("errors.field", hasItem("plannedEnd"))
                .body("errors.field", hasItem("ownerOrganisationId"))
                .body("errors.field", hasItem("checkpoints[0].doneOn"));
    }

    @Test
    void demoProcessMapOfVasterbottenHasFivePhasesWithForankringsPointsChecked() {
        ANONYMOUS
                .request()
                .get(Strategies.process(RUS))
                .then()
                .statusCode(200)
                .body(
                        "phases.name",
                        contains("Förankring", "Övergripande strategi", "Lansering", "Delstrategier", "Implementering"))
                .body("phases[0].checkpoints.done", contains(true, true, true))
                .body(
                        "phases[0].goal",
                        equalTo("Berörda aktörer ställer sig bakom processen samt belysa vad den ska resultera i"))
                .body("phases[2].plannedStart", equalTo("2018-04-01"))
                .body("phases[0].permissions.edit", equalTo(false))
                .body("permissions.addPhase", equalTo(false));
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(Agreements.PATH + "/" + RUS + "/analysis")
                .then()
                .statusCode(200)
                .body("permissions.addArea", equalTo(true))
                .body("findings", hasSize(7))
                .body("areas", hasSize(7))
                .body("areas.example", org.hamcrest.Matchers.everyItem(equalTo(true)));
    }

    @Test
    void demoPrioritiesStepsAndStandingPointFollowTheSeeds() {
        // Västerbotten: Dialoggruppen's three priorities, decided by Migrationsrådet 2018-03-16, the implementation
        // themes as their strategies; Strategirådet's steps 1–6 in the phases; RUS as the council's standing point.
        COORDINATOR_VASTERBOTTEN
                .request()
                .get(Agreements.PATH + "/" + RUS)
                .then()
                .statusCode(200)
                .body("goalAreas.title", contains("Framtid", "Fritid", "Tillhörighet"))
                .body("goalAreas.priorities.flatten().status", contains("DECIDED", "DECIDED", "DECIDED"))
                .body("goalAreas.priorities.flatten().proposedBy.name", everyItem(equalTo("Dialoggruppen")))
                .body("goalAreas.priorities.flatten().decision.forumName", everyItem(equalTo("Migrationsrådet")))
                .body("goalAreas.priorities.flatten().decision.date", everyItem(equalTo("2018-03-16")))
                .body("goalAreas[1].strategies", hasItems("KASAM - känsla av samhörighet", "Mentorskap"))
                .body("goalAreas[1].strategies", hasItem("Normer och värderingar"));
        String descriptions = String.join(
                "\n",
                ANONYMOUS
                        .request()
                        .get(Strategies.process(RUS))
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("phases.description"));
        for (int step = 1; step <= 6; step++) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    descriptions.contains("Steg " + step + ":"), "Strategirådet's step " + step + " is in a phase");
        }
        COORDINATOR_VASTERBOTTEN
                .request()
                .get("/api/v1/forums/" + DemoDataLoader.forumId("vasterbotten-migrationsradet") + "/standing-items")
                .then()
                .statusCode(200)
                .body("items.title", contains("RUS – avstämning och uppföljning"))
                .body("items[0].agreement.id", equalTo(RUS));
        // Västmanland: Beredningsgruppen prepares for Integrationsrådet, which fixes the priorities every year.
        ANONYMOUS
                .request()
                .get("/api/v1/forums/" + DemoDataLoader.forumId("vastmanland-integrationsradet"))
                .then()
                .statusCode(200)
                .body("description", org.hamcrest.Matchers.containsString("fastställer årligen prioriteringar"));
        ANONYMOUS
                .request()
                .get("/api/v1/forums/" + DemoDataLoader.forumId("vastmanland-beredningsgruppen"))
                .then()
                .statusCode(200)
                .body("parent.name", equalTo("Integrationsrådet"))
                .body("parent.relation", equalTo("PREPARES_FOR"));
    }

    @Test
    void gapFindingsNameTheirTargetGroupSourceAndDateAndOnlyManagersAddThem() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String findings = Agreements.PATH + "/" + agreement + "/gap-findings";
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "targetGroup",
                "UNACCOMPANIED_MINORS",
                "finding",
                "Ensamkommande har svårt att hitta bostäder",
                "source",
                "Lägesbild 2018",
                "foundOn",
                java.time.LocalDate.now().plusDays(2).toString()));
        // A finding is made, not foreseen; members and the public do not add findings.
        post(COORDINATOR_VASTMANLAND, findings, body).statusCode(400).body("errors.field", contains("foundOn"));
        body.put("foundOn", "2018-03-16");
        post(MEMBER_VASTERAS, findings, body).statusCode(403);
        post(ANONYMOUS, findings, body).statusCode(401);
        post(COORDINATOR_VASTMANLAND, findings, body)
                .statusCode(201)
                .body("source", equalTo("Lägesbild 2018"))
                .body("foundOn", equalTo("2018-03-16"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + agreement + "/analysis")
                .then()
                .statusCode(200)
                .body("findings.targetGroup", contains("UNACCOMPANIED_MINORS"))
                .body("findings[0].finding", equalTo("Ensamkommande har svårt att hitta bostäder"));
    }

    @Test
    void areasAreScoredThenChosenAndTheirPlanRollsUp() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, agreement, "1", "Hälsa");
        String areas = Strategies.areas(agreement);
        ValidatableResponse created = post(
                        COORDINATOR_VASTMANLAND,
                        areas,
                        Map.of(
                                "title",
                                "Samverkan med psykiatri",
                                "targetGroup",
                                "NEWLY_ARRIVED",
                                "goalAreaId",
                                goalArea))
                .statusCode(201)
                .body("status", equalTo("POSSIBLE"));
        String area = created.extract().path("id");
        String areaPath = areas + "/" + area;
        String etag = etagOf(created);
        status(COORDINATOR_VASTMANLAND, areaPath, etag, "CHOSEN")
                .statusCode(409)
                .body("rule", equalTo("score-before-choosing"));
        put(COORDINATOR_VASTMANLAND, areaPath + "/score", etag, Map.of("effect", 6, "feasibility", 3))
                .statusCode(400)
                .body("errors[0].field", equalTo("effect"));
        put(MEMBER_VASTERAS, areaPath + "/score", etag, Map.of("effect", 5, "feasibility", 3))
                .statusCode(403);
        ValidatableResponse scored = put(
                        COORDINATOR_VASTMANLAND, areaPath + "/score", etag, Map.of("effect", 5, "feasibility", 3))
                .statusCode(200)
                .body("effect", equalTo(5));
        String owner = Fundings.organisation("vasteras-stad");
        String plan = Strategies.plan(agreement) + "/activities";
        post(COORDINATOR_VASTMANLAND, plan, activity("Utbildning", null, area, owner))
                .statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
        ValidatableResponse chosen = status(COORDINATOR_VASTMANLAND, areaPath, etagOf(scored), "CHOSEN")
                .statusCode(200)
                .body("status", equalTo("CHOSEN"))
                .body("chosenOn", notNullValue());
        put(COORDINATOR_VASTMANLAND, areaPath + "/score", etagOf(chosen), Map.of("effect", 1, "feasibility", 1))
                .statusCode(409)
                .body("rule", equalTo("chosen-area-scored"));
        post(COORDINATOR_VASTMANLAND, plan, activity("Båda", goalArea, area, owner))
                .statusCode(400)
                .body("errors[0].field", equalTo("areaId"));

        // Hand-computed: on the area 1 done, 1 ongoing, 1 cancelled, 1 planned and overdue; on the goal area 1 done.
        // Area: 4 activities, 3 not cancelled, 1 done → 33 %. Goal area (its own and its area's): 5, 4 counted, 2
        // done → 50 %. Strategy: the same 5 → 50 %, 1 overdue.
        String done1 = activityWithStatus(plan, activity("Klar", null, area, owner), "ONGOING", "DONE");
        String ongoing = activityWithStatus(plan, activity("Pågår", null, area, owner), "ONGOING");
        activityWithStatus(plan, activity("Avbruten", null, area, owner), "CANCELLED");
        Map<String, Object> late = activity("Försenad", null, area, owner);
        late.put("startsOn", "2020-01-01");
        late.put("dueOn", "2020-06-30");
        late.put("partnerIds", List.of(Fundings.organisation("sala-kommun")));
        activityWithStatus(plan, late);
        activityWithStatus(plan, activity("Målområdets", goalArea, null, owner), "ONGOING", "DONE");
        COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.plan(agreement))
                .then()
                .statusCode(200)
                .body("progress.total", equalTo(5))
                .body("progress.done", equalTo(2))
                .body("progress.cancelled", equalTo(1))
                .body("progress.overdue", equalTo(1))
                .body("progress.percentDone", equalTo(50))
                .body("goalAreas[0].progress.percentDone", equalTo(50))
                .body("areas[0].progress.total", equalTo(4))
                .body("areas[0].progress.percentDone", equalTo(33))
                .body("activities.find { it.title == 'Försenad' }.overdue", equalTo(true))
                .body("activities.find { it.title == 'Försenad' }.partners[0].name", notNullValue())
                .body("activities.find { it.title == 'Pågår' }.overdue", equalTo(false));
        status(COORDINATOR_VASTMANLAND, areaPath, etagOf(chosen), "POSSIBLE")
                .statusCode(409)
                .body("rule", equalTo("area-has-activities"));
        org.junit.jupiter.api.Assertions.assertNotNull(done1);
        org.junit.jupiter.api.Assertions.assertNotNull(ongoing);
    }

    @Test
    void membersOfTheOwnerMoveTheirActivityAndNobodyElseDoes() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, agreement, "1", "Arbete");
        String plan = Strategies.plan(agreement) + "/activities";
        ValidatableResponse created = post(
                        COORDINATOR_VASTMANLAND,
                        plan,
                        activity("Praktikplatser", goalArea, null, Fundings.organisation("vasteras-stad")))
                .statusCode(201)
                .body("status", equalTo("PLANNED"));
        String path = plan + "/" + created.extract().path("id");
        String etag = etagOf(created);
        // the owner's member moves it although the draft plan is not theirs to read; others are refused
        status(MEMBER_ARBETSFORMEDLINGEN, path, etag, "ONGOING").statusCode(404);
        status(COORDINATOR_VASTRA_GOTALAND, path, etag, "ONGOING").statusCode(404);
        put(MEMBER_VASTERAS, path, etag, activity("Ändrad", goalArea, null, Fundings.organisation("vasteras-stad")))
                .statusCode(403);
        status(MEMBER_VASTERAS, path, etag, "DONE").statusCode(409).body("rule", equalTo("transition-not-allowed"));
        ValidatableResponse ongoing = status(MEMBER_VASTERAS, path, etag, "ONGOING")
                .statusCode(200)
                .body("status", equalTo("ONGOING"))
                .body("permissions.edit", equalTo(false))
                .body("permissions.statusChanges", contains("PLANNED", "DONE", "CANCELLED"));
        status(MEMBER_VASTERAS, path, etag, "DONE").statusCode(412);
        ValidatableResponse done =
                status(MEMBER_VASTERAS, path, etagOf(ongoing), "DONE").statusCode(200);
        put(
                        COORDINATOR_VASTMANLAND,
                        path,
                        etagOf(done),
                        activity("Ändrad", goalArea, null, Fundings.organisation("vasteras-stad")))
                .statusCode(409)
                .body("rule", equalTo("closed-activity-final"));
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etagOf(done))
                .delete(path)
                .then()
                .statusCode(409)
                .body("rule", equalTo("started-activity-kept"));
        status(MEMBER_VASTERAS, path, etagOf(done), "CANCELLED").statusCode(409);
        status(MEMBER_VASTERAS, path, etagOf(done), "ONGOING").statusCode(200).body("status", equalTo("ONGOING"));
    }

    @Test
    void subStrategiesSitUnderTheOverallStrategyAndTheirPlansRollUpIntoIt() {
        Map<String, Object> overall = Agreements.input("19");
        overall.put("kind", "STRATEGY");
        String strategy = Agreements.create(COORDINATOR_VASTMANLAND, overall);
        Map<String, Object> sub = Agreements.input("19");
        sub.put("kind", "STRATEGY");
        sub.put("targetGroups", List.of("ASYLUM_SEEKERS"));
        sub.put("parentAgreementId", strategy);
        String subStrategy = Agreements.create(COORDINATOR_VASTMANLAND, sub);
        // no sub-strategy under a sub-strategy, and none under a regional agreement
        Map<String, Object> deeper = new java.util.HashMap<>(sub);
        deeper.put("parentAgreementId", subStrategy);
        post(COORDINATOR_VASTMANLAND, Agreements.PATH, deeper)
                .statusCode(400)
                .body("errors.field", hasItem("parentAgreementId"));
        Map<String, Object> underRok = new java.util.HashMap<>(sub);
        underRok.put("parentAgreementId", Agreements.VASTMANLAND_ROK);
        post(COORDINATOR_VASTMANLAND, Agreements.PATH, underRok)
                .statusCode(400)
                .body("errors.field", hasItem("parentAgreementId"));

        // one sub-strategy per target group: a second one for asylum seekers is refused, another target group is not
        Map<String, Object> second = Agreements.input("19");
        second.put("kind", "STRATEGY");
        second.put("targetGroups", List.of("UNACCOMPANIED_MINORS", "ASYLUM_SEEKERS"));
        second.put("parentAgreementId", strategy);
        post(COORDINATOR_VASTMANLAND, Agreements.PATH, second)
                .statusCode(409)
                .body("rule", equalTo("one-sub-strategy-per-target-group"))
                .body("errors.field", contains("targetGroups"));
        second.put("targetGroups", List.of("UNACCOMPANIED_MINORS"));
        String minors = Agreements.create(COORDINATOR_VASTMANLAND, second);
        // nor can an edit move it onto the covered target group
        second.put("targetGroups", List.of("ASYLUM_SEEKERS"));
        put(
                        COORDINATOR_VASTMANLAND,
                        Agreements.PATH + "/" + minors,
                        Agreements.etag(COORDINATOR_VASTMANLAND, minors),
                        second)
                .statusCode(409)
                .body("rule", equalTo("one-sub-strategy-per-target-group"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + minors)
                .then()
                .statusCode(200)
                .body("targetGroups", contains("UNACCOMPANIED_MINORS"));
        // (removed again so the roll-up below counts the one sub-strategy)
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Agreements.etag(COORDINATOR_VASTMANLAND, minors))
                .delete(Agreements.PATH + "/" + minors)
                .then()
                .statusCode(204);

        String goal = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, subStrategy, "1", "Hälsa bland asylsökande");
        String owner = Fundings.organisation("vasteras-stad");
        String plan = Strategies.plan(subStrategy) + "/activities";
        activityWithStatus(plan, activity("Utbildning för utförare", goal, null, owner), "ONGOING", "DONE");
        activityWithStatus(plan, activity("Samordnartjänst", goal, null, owner));
        String overallGoal = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, strategy, "1", "Framtid");
        activityWithStatus(
                Strategies.plan(strategy) + "/activities", activity("Kommunikationsplan", overallGoal, null, owner));
        // Hand-computed: the sub-strategy 1 of 2 done (50 %); the whole strategy 1 of 3 (33 %).
        COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.plan(strategy))
                .then()
                .statusCode(200)
                .body("subStrategies[0].agreement.id", equalTo(subStrategy))
                .body("subStrategies[0].progress.percentDone", equalTo(50))
                .body("progress.total", equalTo(3))
                .body("progress.percentDone", equalTo(33))
                .body("activities", hasSize(3));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + strategy)
                .then()
                .statusCode(200)
                .body("localAgreements.id", hasItem(subStrategy));
    }

    private static String activityWithStatus(String plan, Map<String, Object> body, String... statuses) {
        ValidatableResponse response = post(COORDINATOR_VASTMANLAND, plan, body).statusCode(201);
        String path = plan + "/" + response.extract().path("id");
        for (String next : statuses) {
            response = status(COORDINATOR_VASTMANLAND, path, etagOf(response), next)
                    .statusCode(200);
        }
        return path;
    }
}
