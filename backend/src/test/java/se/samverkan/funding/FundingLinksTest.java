package se.samverkan.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Fundings.PROJECTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.Fundings;

/** Links to goal areas, strategies and responsibilities are by id: renames show through, nothing is lost. */
@QuarkusTest
class FundingLinksTest {

    @Test
    void goalAreaStrategyAndResponsibilityLinksSurviveRenames() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String area = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, agreement, "1", "Bosättning");
        String areaPath = Agreements.PATH + "/" + agreement + "/goal-areas/" + area;
        String responsibility = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        Fundings.organisation("vastmanlands-kommuner-och-landsting"),
                        "kind",
                        "OTHER",
                        "level",
                        "REGIONAL"))
                .post(areaPath + "/responsibilities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name",
                "Bosättning i länet",
                "countyCode",
                "19",
                "ownerOrganisationId",
                Fundings.organisation("vastmanlands-kommuner-och-landsting"),
                "status",
                "ONGOING",
                "goalAreaIds",
                List.of(area),
                "strategies",
                List.of(Map.of("goalAreaId", area, "index", 1))));
        String project = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .body("links.strategies[0].text", equalTo("Följa upp mottagandet"))
                .extract()
                .path("id");
        // Another county's coordinator may not point this agreement's responsibilities at a project.
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(Map.of("responsibilityIds", List.of(responsibility)))
                .put(PROJECTS + "/" + project + "/responsibilities")
                .then()
                .statusCode(403);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(Map.of("responsibilityIds", List.of(responsibility)))
                .put(PROJECTS + "/" + project + "/responsibilities")
                .then()
                .statusCode(200)
                .body("responsibilities[0].id", equalTo(responsibility))
                .body("responsibilities[0].organisationName", equalTo("Västmanlands Kommuner och Landsting"));

        // Rename the goal area and its strategies, and the project itself.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(areaPath))
                .body(Map.of(
                        "number",
                        "1",
                        "title",
                        "Bosättning och boende",
                        "strategies",
                        List.of("Samordna bosättningen", "Följa upp mottagandet och boendet")))
                .put(areaPath)
                .then()
                .statusCode(200);
        body.put("name", "Bosättning i hela länet");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(body)
                .put(PROJECTS + "/" + project)
                .then()
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("links.goalAreas[0].title", equalTo("Bosättning och boende"))
                .body("links.strategies[0].text", equalTo("Följa upp mottagandet och boendet"))
                .body("responsibilities[0].goalAreaLabel", equalTo("1 Bosättning och boende"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + agreement)
                .then()
                .body("goalAreas[0].responsibilities[0].projectId", equalTo(project));
        // The draft agreement's responsibility is not shown to the public on the public project.
        ANONYMOUS
                .request()
                .get(PROJECTS + "/" + project)
                .then()
                .body("responsibilities.id", not(hasItem(responsibility)));
        // Emptying the list unlinks it; the agreement's history says so.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(Map.of("responsibilityIds", List.of()))
                .put(PROJECTS + "/" + project + "/responsibilities")
                .then()
                .statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + agreement + "/history")
                .then()
                .body("summary", hasItem("No longer through project Bosättning i hela länet"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActivityPointsAtItsProjectThroughRenamesAndAnUnknownProjectIsNamed() {
        se.samverkan.support.FollowUps.TestRound round = se.samverkan.support.FollowUps.openRound();
        String project = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Språkpraktik Västerås",
                        "countyCode",
                        "19",
                        "status",
                        "ONGOING",
                        "ownerOrganisationId",
                        Fundings.organisation("vasteras-stad")))
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> draft = se.samverkan.support.FollowUps.draft("PARTLY");
        Map<String, Object> activity =
                new java.util.HashMap<>((Map<String, Object>) ((List<?>) draft.get("activities")).get(0));
        activity.remove("fundingSource");
        activity.put("projectId", project);
        draft.put("activities", List.of(activity));
        String assessment = round.vasterasWork();
        se.samverkan.support.FollowUps.save(MEMBER_VASTERAS, assessment, draft)
                .statusCode(200)
                .body("activities[0].projectId", equalTo(project));

        // The project is renamed: the activity still points at it, and the project answers with its new name.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Fundings.etag(PROJECTS + "/" + project))
                .body(Map.of(
                        "name",
                        "Språkpraktik i Västerås stad",
                        "countyCode",
                        "19",
                        "status",
                        "ONGOING",
                        "ownerOrganisationId",
                        Fundings.organisation("vasteras-stad")))
                .put(PROJECTS + "/" + project)
                .then()
                .statusCode(200);
        MEMBER_VASTERAS
                .request()
                .get(se.samverkan.support.FollowUps.ASSESSMENTS + "/" + assessment)
                .then()
                .statusCode(200)
                .body("activities[0].projectId", equalTo(project))
                .body("activities[0].title", equalTo("Språkpraktik i kommunen"));
        ANONYMOUS.request().get(PROJECTS + "/" + project).then().body("name", equalTo("Språkpraktik i Västerås stad"));

        // A project that does not exist is refused by the field that names it; the saved link stays.
        activity.put("projectId", "00000000-0000-4000-8000-00000000abcd");
        draft.put("activities", List.of(activity));
        se.samverkan.support.FollowUps.save(MEMBER_VASTERAS, assessment, draft)
                .statusCode(400)
                .body("errors[0].field", equalTo("activities[0].projectId"));
        MEMBER_VASTERAS
                .request()
                .get(se.samverkan.support.FollowUps.ASSESSMENTS + "/" + assessment)
                .then()
                .body("activities[0].projectId", equalTo(project));
    }

    @Test
    void theDemoProjectsAreThoseTheSeedsName() {
        String bosattning =
                DemoDataLoader.fundingProjectId("bosattning-vastmanland").toString();
        ANONYMOUS
                .request()
                .get(PROJECTS + "/" + bosattning)
                .then()
                .statusCode(200)
                .body("name", equalTo("Bosättning Västmanland"))
                .body("owner.name", equalTo("Västmanlands Kommuner och Landsting"))
                .body("budget[0].programme.kind", equalTo("PARAGRAPH_37"))
                .body("budget[0].year", equalTo(2016))
                .body("budget[0].amount", equalTo(null))
                .body("budgetTotal", equalTo("0.00"))
                .body("links.goalAreas[0].number", equalTo("3.6"))
                .body("responsibilities[0].qualifier", equalTo("genom projekt Bosättning Västmanland (§37) 2016"))
                .body("provenance.kind", equalTo("INFERRED"));
        ANONYMOUS
                .request()
                .queryParam("goalArea", Fundings.goalArea(Agreements.VASTMANLAND_ROK, "3.6"))
                .get(PROJECTS)
                .then()
                .body("items.id", hasItem(bosattning));
        MEMBER_VASTERAS
                .request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK)
                .then()
                .body(
                        "goalAreas.find { it.number == '3.6' }.responsibilities.find { it.qualifier != null }.projectId",
                        equalTo(bosattning));
        ANONYMOUS
                .request()
                .get(Fundings.CALLS + "/" + DemoDataLoader.fundingCallId("vg-37a-2020"))
                .then()
                .statusCode(200)
                .body("programme.kind", equalTo("PARAGRAPH_37A"))
                .body("priorities[0].text", equalTo("Föräldrastöd har prioriterats vid ansökningar inom § 37a."))
                .body("priorities[0].links.goalAreas[0].title", equalTo("Demokrati och jämlikhet"))
                .body("budget", equalTo(null));
        ANONYMOUS
                .request()
                .get(PROJECTS + "/" + DemoDataLoader.fundingProjectId("helhetslyftet"))
                .then()
                .body("links.goalAreas[0].agreementId", equalTo(Agreements.VG_2024))
                .body("owner", equalTo(null));
    }
}
