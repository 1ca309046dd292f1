package se.samverkan.grant;

import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_GR;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.LOK_AUTHOR_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.NATIONAL_READER;
import static se.samverkan.support.DemoUser.STATISTICS_SYSTEM;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.Indicators;

/** What each demo grant lets its holder do, and where it stops (real tokens; the grants are demo data). */
@QuarkusTest
class GrantEffectTest {

    @Test
    void federationCoordinatorRunsTheFederationsForumOnly() {
        String gr = Forums.demo("gr-natverket");
        String meeting =
                Forums.createMeeting(COORDINATOR_GR, gr, LocalDate.now().plusDays(20));
        Forums.addAgendaItem(COORDINATOR_GR, meeting, "Läget i kommunerna", "OTHER");
        COORDINATOR_GR.request().get(Forums.PATH + "/" + gr).then().body("permissions.readInternal", equalTo(true));
        // A Västmanland forum and the county-wide VG consultation are not the federation's.
        for (String other : new String[] {"vastmanland-integrationsradet", "vg-regionala-samradet"}) {
            COORDINATOR_GR
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Forums.meeting(LocalDate.now().plusDays(21)))
                    .post(Forums.PATH + "/" + Forums.demo(other) + "/meetings")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        // A LÖK in a GR municipality (Göteborg) is the federation's; one elsewhere in the county is not.
        String goteborg = Agreements.create(ADMIN, local("14", "1480"));
        String boras = Agreements.create(ADMIN, local("14", "1490"));
        COORDINATOR_GR
                .request()
                .get(Agreements.PATH + "/" + goteborg)
                .then()
                .statusCode(200)
                .body("permissions.edit", equalTo(true));
        COORDINATOR_GR.request().get(Agreements.PATH + "/" + boras).then().statusCode(404);
        COORDINATOR_GR
                .request()
                .get(Agreements.PATH + "?county=14&size=100")
                .then()
                .statusCode(200);
    }

    @Test
    void federationCoordinatorFollowsUpTheLoksOfItsMunicipalitiesOnly() {
        String goteborg = adoptedLokWithRound("1480", "Göteborgs Stad");
        String boras = adoptedLokWithRound("1490", "Borås Stad");
        // An open round is internal: GR's coordinator runs Göteborg's, and does not see Borås's (not a GR member).
        COORDINATOR_GR
                .request()
                .get(FollowUps.ROUNDS + "/" + goteborg)
                .then()
                .statusCode(200)
                .body("permissions.changeDeadline", equalTo(true));
        COORDINATOR_GR.request().get(FollowUps.ROUNDS + "/" + boras).then().statusCode(404);
        DemoUser.COORDINATOR_VASTRA_GOTALAND
                .request()
                .get(FollowUps.ROUNDS + "/" + boras)
                .then()
                .statusCode(200);
    }

    /** An adopted LÖK of a Västra Götaland municipality (registered for the test), with its open 2027 round. */
    private static String adoptedLokWithRound(String municipality, String name) {
        Map<String, Object> organisation = se.samverkan.support.TestData.organisation();
        organisation.remove("organisationNumber");
        organisation.put("type", "MUNICIPALITY");
        organisation.put("countyCode", "14");
        organisation.put("municipalityCode", municipality);
        organisation.put("name", name + " " + System.nanoTime());
        String organisationId = se.samverkan.support.Organisations.create(ADMIN, organisation);
        String lok = Agreements.create(ADMIN, local("14", municipality));
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisationId, "role", "SIGNATORY"))
                .post(Agreements.PATH + "/" + lok + "/parties")
                .then()
                .statusCode(201);
        Agreements.addParty(ADMIN, lok, "lansstyrelsen-vastra-gotaland", "CONVENER");
        String area = Agreements.addGoalArea(ADMIN, lok, "1", "Arbete");
        ADMIN.request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisationId, "kind", "RESPONSIBLE", "level", "LOCAL"))
                .post(Agreements.PATH + "/" + lok + "/goal-areas/" + area + "/responsibilities")
                .then()
                .statusCode(201);
        Agreements.changeStatus(ADMIN, lok, "ADOPTED").statusCode(200);
        return FollowUps.open(ADMIN, lok, 2027, "2027-03-31")
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void lokAuthorCreatesAndAdoptsALokForVasteras() {
        String lok = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local("19", "1980"));
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "vasteras-stad", "SIGNATORY");
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
        // The LÖK's goal area names the RÖK goal area it answers to; another agreement's goal area is refused.
        String rokArea = ADMIN.request()
                .get(Agreements.PATH + "/" + Agreements.VASTMANLAND_ROK)
                .path("goalAreas[0].id");
        Map<String, Object> area = new java.util.HashMap<>(Agreements.goalArea("1", "Arbete"));
        area.put("answersToGoalAreaId", rokArea);
        String work = LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(area)
                .post(Agreements.PATH + "/" + lok + "/goal-areas")
                .then()
                .statusCode(201)
                .body("answersTo.id", equalTo(rokArea))
                .body("answersTo.agreementId", equalTo(Agreements.VASTMANLAND_ROK))
                .extract()
                .path("id");
        String otherArea =
                ADMIN.request().get(Agreements.PATH + "/" + Agreements.VG_2024).path("goalAreas[0].id");
        area.put("number", "2");
        area.put("answersToGoalAreaId", otherArea);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(area)
                .post(Agreements.PATH + "/" + lok + "/goal-areas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answersToGoalAreaId"));
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId",
                        DemoDataLoader.organisationId("vasteras-stad").toString(),
                        "kind",
                        "RESPONSIBLE",
                        "level",
                        "LOCAL"))
                .post(Agreements.PATH + "/" + lok + "/goal-areas/" + work + "/responsibilities")
                .then()
                .statusCode(201);
        Agreements.changeStatus(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "CONSULTATION")
                .statusCode(200);
        Agreements.changeStatus(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "ADOPTED").statusCode(200);
        FollowUps.open(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, 2027, "2027-03-31").statusCode(201);
        // Not in a municipality outside the grant, and no RÖK.
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(local("14", "1480"))
                .post(Agreements.PATH)
                .then()
                .statusCode(403);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Agreements.input("19"))
                .post(Agreements.PATH)
                .then()
                .statusCode(403);
        // The same organisation's member without the grant may not.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(local("19", "1980"))
                .post(Agreements.PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void lokAuthorActsOnlyWhereItsOrganisationIsAParty() {
        // A LÖK the coordinator drafts for Västerås outside any RÖK, without Arbetsförmedlingen: not the author's.
        Map<String, Object> outside = local("19", "1980");
        outside.remove("parentAgreementId");
        String lok = Agreements.create(COORDINATOR_VASTMANLAND, outside);
        Agreements.addParty(COORDINATOR_VASTMANLAND, lok, "vasteras-stad", "SIGNATORY");
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(Agreements.PATH + "/" + lok)
                .then()
                .statusCode(404);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(Agreements.PATH + "?county=19&kind=LOCAL&size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(lok)));
        // Once a unit of Arbetsförmedlingen is a party of the LÖK, the author runs it.
        Agreements.addParty(COORDINATOR_VASTMANLAND, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(Agreements.PATH + "/" + lok)
                .then()
                .statusCode(200)
                .body("permissions.edit", equalTo(true));
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .get(Agreements.PATH + "?county=19&kind=LOCAL&size=100")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(lok));
        // Creating one outside a RÖK, or under a RÖK where Arbetsförmedlingen is not a party, is refused.
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(outside)
                .post(Agreements.PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        String otherRok = Agreements.adoptableDraft(ADMIN, Agreements.input("19"));
        Agreements.changeStatus(ADMIN, otherRok, "ADOPTED").statusCode(200);
        Map<String, Object> underOther = local("19", "1980");
        underOther.put("parentAgreementId", otherRok);
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(underOther)
                .post(Agreements.PATH)
                .then()
                .statusCode(403);
        // Moving its own LÖK under that RÖK is allowed while Arbetsförmedlingen is a party of the LÖK itself.
        String own = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local("19", "1980"));
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, own))
                .body(underOther)
                .put(Agreements.PATH + "/" + own)
                .then()
                .statusCode(403);
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, own, "arbetsformedlingen-norra-malardalen", "CONVENER");
        LOK_AUTHOR_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, own))
                .body(underOther)
                .put(Agreements.PATH + "/" + own)
                .then()
                .statusCode(200);
    }

    @Test
    void aLokIsAdoptedOnlyWithItsMunicipalityAsParty() {
        String lok = Agreements.create(LOK_AUTHOR_ARBETSFORMEDLINGEN, local("19", "1980"));
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "sala-kommun", "SIGNATORY");
        Agreements.addParty(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "arbetsformedlingen-norra-malardalen", "CONVENER");
        Agreements.addGoalArea(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "1", "Arbete");
        FollowUps.assertRule(
                Agreements.changeStatus(LOK_AUTHOR_ARBETSFORMEDLINGEN, lok, "ADOPTED"),
                "local-agreement-needs-its-municipality");
    }

    @Test
    void nationalReaderReadsInternalsButChangesNothing() {
        String draft = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        NATIONAL_READER
                .request()
                .get(Agreements.PATH + "/" + draft)
                .then()
                .statusCode(200)
                .body("permissions.edit", equalTo(false));
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Agreements.etag(ADMIN, draft))
                .body(Map.of("status", "CONSULTATION"))
                .post(Agreements.PATH + "/" + draft + "/status")
                .then()
                .statusCode(403);
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2031, 2));
        NATIONAL_READER.request().get(Forums.REPORTS + "/" + report).then().statusCode(200);
        NATIONAL_READER
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("organisationIds", java.util.List.of(Forums.organisation("sala-kommun"))))
                .post(Forums.REPORTS + "/" + report + "/invitations")
                .then()
                .statusCode(403);
        // Every county's: a Västra Götaland forum's status report too, which a member outside it does not see.
        String vgForum =
                Forums.withMembers(DemoUser.COORDINATOR_VASTRA_GOTALAND, "14", "REGIONAL", "vastra-gotalandsregionen");
        String vgReport = Forums.openReport(DemoUser.COORDINATOR_VASTRA_GOTALAND, vgForum, Forums.report(2031, 3));
        NATIONAL_READER
                .request()
                .get(Forums.REPORTS + "/" + vgReport)
                .then()
                .statusCode(200)
                .body("permissions.edit", org.hamcrest.Matchers.not(equalTo(true)));
        DemoUser.MEMBER_VASTERAS
                .request()
                .get(Forums.REPORTS + "/" + vgReport)
                .then()
                .statusCode(404);
        NATIONAL_READER
                .request()
                .get(Forums.PATH + "/" + vgForum + "/status-reports")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(vgReport));
        var round = FollowUps.openRound();
        NATIONAL_READER
                .request()
                .get(FollowUps.ROUNDS + "/" + round.id())
                .then()
                .statusCode(200);
        NATIONAL_READER
                .request()
                .get(FollowUps.ROUNDS + "/" + round.id() + "/report")
                .then()
                .statusCode(200);
    }

    @Test
    void invitedNonMemberContributes() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2032, 1));
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(Forums.REPORTS + "/" + report)
                .then()
                .statusCode(404);
        Forums.invite(COORDINATOR_VASTMANLAND, report, "arbetsformedlingen");
        Forums.invite(COORDINATOR_VASTMANLAND, report, "sala-kommun");
        // It sees its own invitation (to write its contribution), not the others'.
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .get(Forums.REPORTS + "/" + report)
                .then()
                .statusCode(200)
                .body(
                        "permissions.contributeFor",
                        org.hamcrest.Matchers.contains(Forums.organisation("arbetsformedlingen")))
                .body(
                        "invitations.organisation.id",
                        org.hamcrest.Matchers.contains(Forums.organisation("arbetsformedlingen")));
        String theme = ADMIN.request().get(Forums.REPORTS + "/" + report).path("themes[0]");
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(Forums.contribution(theme, "Inspel från Arbetsförmedlingen."))
                .put(Forums.REPORTS + "/" + report + "/contributions/" + Forums.organisation("arbetsformedlingen"))
                .then()
                .statusCode(201);
    }

    @Test
    void statisticsProviderPushesOnlyItsIndicators() {
        String granted =
                DemoDataLoader.indicatorId("vastmanland-rup-arbete-inom-tva-ar").toString();
        String other = DemoDataLoader.indicatorId("vastmanland-rup-svarigheter-att-rekrytera")
                .toString();
        String csv = "year,municipality,gender,value\n2019,,TOTAL,41.5\n";
        importCsv(STATISTICS_SYSTEM, granted, csv).statusCode(200);
        importCsv(STATISTICS_SYSTEM, other, csv).statusCode(403);
        importCsv(DemoUser.AGENCY_SYSTEM, granted, csv).statusCode(403);
        // The same validation and all-or-nothing as the coordinator's import.
        importCsv(STATISTICS_SYSTEM, granted, "year,municipality,gender,value\n2019,,TOTAL,abc\n")
                .statusCode(400);
    }

    @Test
    void statisticsProviderPushesJsonWithTheSameRules() {
        String granted = DemoDataLoader.indicatorId("vastmanland-rup-foretagsetableringar")
                .toString();
        String other = DemoDataLoader.indicatorId("vastmanland-rup-svarigheter-att-rekrytera")
                .toString();
        var good = Map.of(
                "values",
                java.util.List.of(
                        Map.of("year", 2018, "municipalityCode", "1980", "value", 12.5),
                        Map.of("year", 2019, "municipalityCode", "1980", "value", 13)));
        push(STATISTICS_SYSTEM, other, good).statusCode(403);
        int before = ADMIN.request()
                .get(FollowUps.INDICATORS + "/" + granted + "/values")
                .path("size()");
        // One bad value refuses all of them, naming it; nothing is stored.
        var bad = Map.of(
                "values",
                java.util.List.of(
                        Map.of("year", 2018, "municipalityCode", "1980", "value", 12.5),
                        Map.of("year", 1800, "municipalityCode", "1980", "value", 1),
                        Map.of("year", 2018, "municipalityCode", "1980", "value", 2)));
        push(STATISTICS_SYSTEM, granted, bad)
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("values[1].year", "values[2]"));
        ADMIN.request()
                .get(FollowUps.INDICATORS + "/" + granted + "/values")
                .then()
                .body("size()", equalTo(before));
        push(STATISTICS_SYSTEM, granted, good).statusCode(200).body("imported", equalTo(2));
        ADMIN.request()
                .get(FollowUps.INDICATORS + "/" + granted + "/values")
                .then()
                .body("size()", equalTo(2));
        STATISTICS_SYSTEM
                .request()
                .contentType(ContentType.JSON)
                .body(good)
                .put(FollowUps.INDICATORS + "/" + granted + "/values")
                .then()
                .statusCode(428);
    }

    static io.restassured.response.ValidatableResponse push(DemoUser user, String indicator, Object body) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", Indicators.etag(indicator))
                .body(body)
                .put(FollowUps.INDICATORS + "/" + indicator + "/values")
                .then();
    }

    static io.restassured.response.ValidatableResponse importCsv(DemoUser user, String indicator, String csv) {
        return user.request()
                .contentType("text/csv; charset=UTF-8")
                .header("If-Match", Indicators.etag(indicator))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(FollowUps.INDICATORS + "/" + indicator + "/values")
                .then();
    }

    static Map<String, Object> local(String county, String municipality) {
        Map<String, Object> body = Agreements.input(county);
        body.put("kind", "LOCAL");
        body.put("municipalityCode", municipality);
        if (county.equals("19")) {
            body.put("parentAgreementId", Agreements.VASTMANLAND_ROK);
        }
        return body;
    }
}
