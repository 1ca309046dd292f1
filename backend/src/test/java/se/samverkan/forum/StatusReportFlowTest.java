package se.samverkan.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.EDITOR_VASTERAS;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;
import static se.samverkan.support.Forums.REPORTS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Forums;

/** Open → invite → contributions per theme → compile → publish for the meeting's status-report point; illegal steps are 409. */
@QuarkusTest
class StatusReportFlowTest {

    @Test
    void aQuarterlyReportFromOpeningToPublication() {
        String forum = Forums.withMembers(
                COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun", "kopings-kommun");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(20));
        String statusPoint = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
        Map<String, Object> body = Forums.report(2026, 3);
        body.put("dueOn", LocalDate.now().plusDays(10).toString());
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, body);
        ADMIN.request()
                .get(REPORTS + "/" + report)
                .then()
                .body("status", equalTo("OPEN"))
                .body("permissions.compile", equalTo(true));

        assertRule(compile(report), "report-without-invitations");
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad", "sala-kommun", "kopings-kommun");
        assertRule(compile(report), "report-without-contributions");

        String vasteras = REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad");
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "entries",
                        List.of(
                                Map.of("theme", "Arbetsmarknad och utbildning", "text", "Fler i praktik."),
                                Map.of("theme", "Boende", "text", "Bostadsbristen består."))))
                .put(vasteras)
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("submittedBy", equalTo("member.vasteras"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "entries",
                        List.of(
                                Map.of("theme", "Arbetsmarknad och utbildning", "text", "Fler i praktik och studier."),
                                Map.of("theme", "Boende", "text", "Bostadsbristen består."))))
                .put(vasteras)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Forums.contribution("Hälsa", "Sala kommuns inspel om hälsa."))
                .put(REPORTS + "/" + report + "/contributions/" + Forums.organisation("sala-kommun"))
                .then()
                .statusCode(201)
                .body("submittedBy", equalTo("coordinator.vastmanland"));
        MEMBER_VASTERAS
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .body("invitations.find { it.organisation.name == 'Köpings kommun' }.submitted", equalTo(false))
                .body(
                        "invitations.find { it.organisation.name == 'Västerås stad' }.entries.text",
                        contains("Fler i praktik och studier.", "Bostadsbristen består."));

        compile(report)
                .statusCode(200)
                .body("status", equalTo("COMPILED"))
                .body(
                        "compiledText",
                        equalTo(
                                "## Arbetsmarknad och utbildning\n\nVästerås stad: Fler i praktik och studier."
                                        + "\n\n## Hälsa\n\nSala kommun: Sala kommuns inspel om hälsa.\n\n## Boende\n\nVästerås stad: Bostadsbristen består."))
                .body("compiledBy", equalTo("coordinator.vastmanland"))
                .body("permissions.publish", equalTo(true));
        ANONYMOUS.request().get(REPORTS + "/" + report).then().statusCode(404);

        assertRule(compile(report), "report-not-open");
        assertRule(
                MEMBER_VASTERAS
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"2\"")
                        .body(Forums.contribution("Hälsa", "För sent"))
                        .put(vasteras)
                        .then(),
                "report-not-open");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Map.of("organisationIds", List.of(Forums.organisation("kopings-kommun"))))
                        .post(REPORTS + "/" + report + "/invitations")
                        .then(),
                "report-not-open");
        assertRule(publish(report, Map.of()), "report-needs-agenda-item");

        publish(report, Map.of("agendaItemId", statusPoint))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .body("agendaItem.meetingId", equalTo(meeting));
        ANONYMOUS
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .statusCode(200)
                .body("compiledText", containsString("Sala kommun: Sala kommuns inspel om hälsa."))
                .body("invitations", empty());
        ANONYMOUS
                .request()
                .get(PATH + "/" + forum + "/status-reports")
                .then()
                .body("id", contains(report))
                .body("[0].agendaItem.id", equalTo(statusPoint));
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + meeting)
                .then()
                .body("agenda[0].statusReport.title", equalTo("Lägesrapport kvartal 3 2026"));
        assertRule(publish(report, Map.of()), "report-already-published");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Forums.etag(REPORTS + "/" + report))
                        .delete(REPORTS + "/" + report)
                        .then(),
                "published-report-is-final");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Forums.agendaItem("Föredragning", "PRESENTATION"))
                        .put(MEETINGS + "/" + meeting + "/agenda-items/" + statusPoint)
                        .then(),
                "agenda-item-has-status-report");
        MEMBER_VASTERAS
                .request()
                .get(REPORTS + "/" + report + "/history")
                .then()
                .body(
                        "summary",
                        org.hamcrest.Matchers.hasItems(
                                "Published Lägesrapport kvartal 3 2026",
                                "Invited Västerås stad",
                                "Submitted the contribution of Västerås stad",
                                "Replaced the contribution of Västerås stad"));
    }

    @Test
    void compilingTakesTheCoordinatorsOwnTextWhenGiven() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 1));
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Forums.contribution("Hälsa", "Text"))
                .put(REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad"))
                .then()
                .statusCode(201);
        COORDINATOR_VASTMANLAND
                .request()
                .post(REPORTS + "/" + report + "/compilation")
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"5\"")
                .post(REPORTS + "/" + report + "/compilation")
                .then()
                .statusCode(412);
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .body(Map.of("text", "Läget i länet är stabilt."))
                .post(REPORTS + "/" + report + "/compilation")
                .then()
                .statusCode(200)
                .body("compiledText", equalTo("Läget i länet är stabilt."));
    }

    @Test
    void aDraftIsTheOrganisationsOwnUntilSubmitted() {
        String forum = Forums.withMembers(
                COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun", "arbetsformedlingen");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 1));
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad", "sala-kommun");
        String contribution = REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad");
        Map<String, Object> draft = Map.of(
                "entries",
                List.of(
                        Map.of("theme", "Boende", "text", "Utkast om boende."),
                        Map.of("theme", "Hälsa", "text", "Hälsa.")),
                "draft",
                true);

        // Only the organisation's own people save a draft: not the coordinator, not another organisation, not
        // anonymous.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(draft)
                .put(contribution)
                .then()
                .statusCode(403);
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .contentType(ContentType.JSON)
                .body(draft)
                .put(contribution)
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .contentType(ContentType.JSON)
                .body(draft)
                .put(contribution)
                .then()
                .statusCode(401);

        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(draft)
                .put(contribution)
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("draft", equalTo(true))
                .body("submitted", equalTo(false))
                .body("draftSavedBy", equalTo("member.vasteras"))
                .body("entries.theme", contains("Hälsa", "Boende"));
        // A second save replaces the draft and needs the version, as any edit does.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(draft)
                .put(contribution)
                .then()
                .statusCode(428);
        EDITOR_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("entries", List.of(Map.of("theme", "Boende", "text", "Bättre utkast.")), "draft", true))
                .put(contribution)
                .then()
                .statusCode(200)
                .body("draftSavedBy", equalTo("editor.vasteras"));

        // The organisation sees its draft; the coordinator and the other members of the forum see only the invitation.
        MEMBER_VASTERAS
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .body("invitations.find { it.organisation.name == 'Västerås stad' }.draft", equalTo(true))
                .body(
                        "invitations.find { it.organisation.name == 'Västerås stad' }.entries.text",
                        contains("Bättre utkast."))
                .body("permissions.draftFor", contains(Forums.organisation("vasteras-stad")));
        for (var outsider : List.of(COORDINATOR_VASTMANLAND, ADMIN, MEMBER_ARBETSFORMEDLINGEN)) {
            outsider.request()
                    .get(REPORTS + "/" + report)
                    .then()
                    .statusCode(200)
                    .body("invitations.find { it.organisation.name == 'Västerås stad' }.draft", equalTo(false))
                    .body("invitations.find { it.organisation.name == 'Västerås stad' }.draftSavedBy", nullValue())
                    .body("invitations.find { it.organisation.name == 'Västerås stad' }.entries", empty())
                    .body("permissions.draftFor", empty());
        }
        COORDINATOR_VASTMANLAND
                .request()
                .get(REPORTS + "/" + report + "/history")
                .then()
                .body("summary", not(hasItem(containsString("contribution of Västerås stad"))))
                .body(not(containsString("Bättre utkast.")));
        // A draft is no contribution: the report cannot be compiled from it, and no draft reaches the compiled text.
        assertRule(compile(report), "report-without-contributions");
        Map<String, Object> fewerThemes = Forums.report(2026, 1);
        fewerThemes.put("themes", List.of("Hälsa", "Boende"));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .body(fewerThemes)
                .put(REPORTS + "/" + report)
                .then()
                .statusCode(200);

        // Submitting the draft: the first submission (201), now seen by everyone in the forum and in the history.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Forums.contribution("Boende", "Inlämnat om boende."))
                .put(contribution)
                .then()
                .statusCode(201)
                .body("submitted", equalTo(true))
                .body("draft", equalTo(false))
                .body("submittedBy", equalTo("member.vasteras"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(REPORTS + "/" + report)
                .then()
                .body(
                        "invitations.find { it.organisation.name == 'Västerås stad' }.entries.text",
                        contains("Inlämnat om boende."));
        COORDINATOR_VASTMANLAND
                .request()
                .get(REPORTS + "/" + report + "/history")
                .then()
                .body("summary", hasItem("Submitted the contribution of Västerås stad"))
                .body(not(containsString("Bättre utkast.")));
        // Once submitted, it is replaced, not drafted again.
        assertRule(
                MEMBER_VASTERAS
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"3\"")
                        .body(draft)
                        .put(contribution)
                        .then(),
                "contribution-submitted");
    }

    @Test
    void illegalStepsNameTheirRule() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 2));
        assertRule(publish(report, Map.of()), "report-not-compiled");
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Forums.contribution("Hälsa", "Text"))
                        .put(REPORTS + "/" + report + "/contributions/" + Forums.organisation("sala-kommun"))
                        .then(),
                "organisation-not-invited");
        String contribution = REPORTS + "/" + report + "/contributions/" + Forums.organisation("vasteras-stad");
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Forums.contribution("Boende", "Text"))
                .put(contribution)
                .then()
                .statusCode(201);
        Map<String, Object> fewerThemes = Forums.report(2026, 2);
        fewerThemes.put("themes", List.of("Hälsa"));
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Forums.etag(REPORTS + "/" + report))
                        .body(fewerThemes)
                        .put(REPORTS + "/" + report)
                        .then(),
                "theme-in-use");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", "\"1\"")
                        .delete(REPORTS + "/" + report + "/invitations/" + Forums.organisation("vasteras-stad"))
                        .then(),
                "invitation-has-contribution");
        Forums.invite(COORDINATOR_VASTMANLAND, report, "sala-kommun");
        COORDINATOR_VASTMANLAND
                .request()
                .delete(REPORTS + "/" + report + "/invitations/" + Forums.organisation("sala-kommun"))
                .then()
                .statusCode(428);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + report + "/invitations/" + Forums.organisation("sala-kommun"))
                .then()
                .statusCode(204);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"0\"")
                .delete(REPORTS + "/" + report + "/invitations/" + Forums.organisation("sala-kommun"))
                .then()
                .statusCode(404);
        compile(report).statusCode(200);
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", Forums.etag(REPORTS + "/" + report))
                        .body(Forums.report(2026, 2))
                        .put(REPORTS + "/" + report)
                        .then(),
                "report-not-open");
        // A compiled, unpublished report may still be dropped.
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .delete(REPORTS + "/" + report)
                .then()
                .statusCode(204);
        ADMIN.request().get(REPORTS + "/" + report).then().statusCode(404);
    }

    private static ValidatableResponse compile(String report) {
        return COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .post(REPORTS + "/" + report + "/compilation")
                .then();
    }

    private static ValidatableResponse publish(String report, Map<String, Object> body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(REPORTS + "/" + report))
                .body(body)
                .post(REPORTS + "/" + report + "/publication")
                .then();
    }

    private static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }
}
