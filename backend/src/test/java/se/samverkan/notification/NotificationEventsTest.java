package se.samverkan.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.notification.directory.DirectorySync;
import se.samverkan.notification.mail.Dispatcher;
import se.samverkan.support.Agreements;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.Mailbox;
import se.samverkan.support.Surveys;

/** Per event: exactly the right people get exactly one mail (read back from GreenMail), and nobody else. */
@QuarkusTest
class NotificationEventsTest {

    static final String SARA = "sara.nilsson@example.se"; // member.vasteras
    static final String JOHAN = "johan.berg@example.se"; // member.arbetsformedlingen (a national agency)
    static final String ERIK = "erik.johansson@example.se"; // coordinator.vastmanland
    static final String MARIA = "maria.andersson@example.se"; // coordinator.vastragotaland

    @Inject
    Dispatcher dispatcher;

    @Inject
    DirectorySync directory;

    @Inject
    Reminders reminders;

    @BeforeEach
    void cleanSlate() throws Exception {
        // Other suites (the authorization matrix, the fuzz test) change demo users' preferences: start from
        // "immediately".
        List<Map<String, String>> immediately = java.util.Arrays.stream(Category.values())
                .map(category -> Map.of("category", category.name(), "frequency", "IMMEDIATELY"))
                .toList();
        for (var user : List.of(
                se.samverkan.support.DemoUser.MEMBER_VASTERAS,
                se.samverkan.support.DemoUser.MEMBER_ARBETSFORMEDLINGEN,
                se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND,
                se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND)) {
            user.request()
                    .contentType(ContentType.JSON)
                    .header("If-Match", NotificationMailTest.preferencesEtag(user))
                    .body(Map.of("preferences", immediately))
                    .put("/api/v1/notification-preferences")
                    .then()
                    .statusCode(200);
        }
        directory.sync();
        dispatchAll(Instant.now());
        Mailbox.purge();
    }

    @Test
    void anAdoptedAgreementIsToldToItsParties() throws Exception {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        dispatchAll(Instant.now());
        String title =
                ADMIN.request().get(Agreements.PATH + "/" + agreement.id()).path("title");
        assertEquals(
                1, Mailbox.matching(SARA, "Överenskommelse antagen: " + title).size());
        assertEquals(0, Mailbox.of(MARIA).size());
        assertEquals(0, Mailbox.of(JOHAN).size(), "Arbetsförmedlingen itself is no party (its unit is)");
    }

    @Test
    void anAgreementInConsultationIsToldToItsPartiesOnly() throws Exception {
        String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        dispatchAll(Instant.now());
        Mailbox.purge();
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, id, "CONSULTATION").statusCode(200);
        dispatchAll(Instant.now());
        String title = ADMIN.request().get(Agreements.PATH + "/" + id).path("title");
        assertEquals(1, Mailbox.matching(SARA, "Under förankring: " + title).size());
        assertEquals(0, Mailbox.of(JOHAN).size(), "Arbetsförmedlingen is no party");
        assertEquals(0, Mailbox.of(MARIA).size());
    }

    @Test
    void aReturnedAndThenAcceptedAssessmentIsToldToItsOrganisation() throws Exception {
        FollowUps.TestRound round = FollowUps.openRound(
                FollowUps.adoptedAgreement(), LocalDate.now().plusDays(60).toString());
        FollowUps.save(MEMBER_VASTERAS, round.vasterasWork(), FollowUps.draft("ON_TRACK"))
                .statusCode(200);
        FollowUps.step(MEMBER_VASTERAS, round.vasterasWork(), "submit").statusCode(200);
        dispatchAll(Instant.now());
        Mailbox.purge();

        FollowUps.step(COORDINATOR_VASTMANLAND, round.vasterasWork(), "return").statusCode(200);
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Bedömning återsänd").size());

        FollowUps.step(MEMBER_VASTERAS, round.vasterasWork(), "submit").statusCode(200);
        FollowUps.step(COORDINATOR_VASTMANLAND, round.vasterasWork(), "accept").statusCode(200);
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Bedömning godkänd").size());
        assertEquals(0, Mailbox.of(JOHAN).size());
        assertEquals(0, Mailbox.of(MARIA).size());
    }

    @Test
    void aStatusReportInvitationReachesTheInvitedOrganisation() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad", "sala-kommun");
        dispatchAll(Instant.now());
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 2));
        Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Inbjudan att bidra").size());
        assertEquals(0, Mailbox.of(MARIA).size());
        assertEquals(0, Mailbox.of(ERIK).size());
    }

    @Test
    void publishedMinutesReachMembersFollowersAndConfirmedSubscribersOnly() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        MEMBER_ARBETSFORMEDLINGEN
                .request()
                .put("/api/v1/follows/FORUM/" + forum)
                .then()
                .statusCode(200);
        COORDINATOR_VASTRA_GOTALAND
                .request()
                .put("/api/v1/follows/FORUM/" + forum)
                .then()
                .statusCode(200);
        String citizen = "citizen-" + System.nanoTime() + "@public.example";
        String undecided = "undecided-" + System.nanoTime() + "@public.example";
        for (String address : List.of(citizen, undecided)) {
            ANONYMOUS
                    .request()
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", address))
                    .post(Forums.PATH + "/" + forum + "/subscriptions")
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("PENDING_CONFIRMATION"));
        }
        dispatchAll(Instant.now());
        List<Mailbox.Message> confirmations = Mailbox.matching(citizen, "Bekräfta");
        assertEquals(1, confirmations.size(), "a confirmation link first");
        Matcher link = Pattern.compile("confirm\\?token=([A-Za-z0-9_.-]+)")
                .matcher(confirmations.get(0).mime().replaceAll("=\r?\n", "").replace("=3D", "=")); // quoted-printable
        assertTrue(link.find(), "the mail holds the confirmation link");
        ANONYMOUS
                .request()
                .queryParam("token", link.group(1))
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(3));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesbild", "PRESENTATION");
        Forums.writeMinutes(
                COORDINATOR_VASTMANLAND, meeting, point, "Lägesbild", "PRESENTATION", "Rådet fick en lägesbild.");
        Forums.publishMinutes(COORDINATOR_VASTMANLAND, meeting).statusCode(200);
        dispatchAll(Instant.now());

        assertEquals(1, Mailbox.matching(SARA, "Protokoll publicerat").size(), "the member");
        assertEquals(1, Mailbox.matching(JOHAN, "Protokoll publicerat").size(), "the follower");
        assertEquals(1, Mailbox.matching(citizen, "Protokoll publicerat").size(), "the confirmed public subscriber");
        assertEquals(0, Mailbox.matching(undecided, "Protokoll publicerat").size(), "not the unconfirmed address");
        assertEquals(0, Mailbox.of(MARIA).size(), "a follower from another county hears nothing");
        ANONYMOUS
                .request()
                .get(Forums.PATH + "/" + forum + "/minutes.atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("urn:uuid:" + meeting));
    }

    @Test
    void theSubscriptionFormCannotFloodAMailbox() throws Exception {
        String victim = "victim-" + System.nanoTime() + "@public.example";
        List<String> forums = List.of(
                Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad"),
                Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "sala-kommun"),
                Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad"),
                Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "sala-kommun"));
        for (int attempt = 0; attempt < 3; attempt++) {
            for (String forum : forums) {
                ANONYMOUS
                        .request()
                        .contentType(ContentType.JSON)
                        .body(Map.of("email", victim))
                        .post(Forums.PATH + "/" + forum + "/subscriptions")
                        .then()
                        .statusCode(202)
                        .body("status", equalTo("PENDING_CONFIRMATION"));
            }
        }
        dispatchAll(Instant.now());
        assertEquals(
                3,
                Mailbox.matching(victim, "Bekräfta").size(),
                "12 requests for 4 forums: one confirmation per forum, at most 3 a day per address");
    }

    @Test
    void anActionItemIsToldToItsOwnerAndWhenRaisedToTheHigherForum() throws Exception {
        String regional = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "sala-kommun");
        Map<String, Object> body = Forums.input("19", "SUBREGIONAL");
        body.put("parentForumId", regional);
        body.put("parentRelation", "REPORTS_TO");
        String subregional = Forums.create(COORDINATOR_VASTMANLAND, body);
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, subregional, LocalDate.now().plusDays(3));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Praktikplatser", "DECISION");
        String title = "Praktik " + System.nanoTime();
        String item =
                Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem(title, "vasteras-stad"));
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Nytt uppdrag: " + title).size());

        Forums.escalate(COORDINATOR_VASTMANLAND, item, regional).statusCode(201);
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Uppdrag lyft till").size(), "the owner keeps hearing of it");
        assertEquals(0, Mailbox.of(MARIA).size());
        assertEquals(0, Mailbox.of(ERIK).size(), "the coordinator raised it himself");
    }

    @Test
    void deadlineRemindersGoOutOnceEach() throws Exception {
        LocalDate deadline = LocalDate.now().plusDays(30);
        FollowUps.TestRound round = FollowUps.openRound(FollowUps.adoptedAgreement(), deadline.toString());
        String title = ADMIN.request()
                .get(Agreements.PATH + "/" + round.agreement().id())
                .path("title");
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(2));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Uppdrag", "DECISION");
        String action = "Kartlägg " + System.nanoTime();
        Map<String, Object> item = Forums.actionItem(action, "vasteras-stad");
        item.put("dueOn", deadline.plusDays(10).toString());
        Forums.handOut(COORDINATOR_VASTMANLAND, meeting, point, item);
        dispatchAll(Instant.now());
        Mailbox.purge();

        reminders.run(deadline.minusDays(7));
        reminders.run(deadline.minusDays(7));
        reminders.run(deadline.minusDays(5));
        dispatchAll(Instant.now());
        assertEquals(
                1,
                Mailbox.matching(SARA, "Sju dagar kvar: uppföljningen av " + title)
                        .size());

        reminders.run(deadline.minusDays(1));
        reminders.run(deadline);
        dispatchAll(Instant.now());
        assertEquals(
                1,
                Mailbox.matching(SARA, "En dag kvar: uppföljningen av " + title).size());

        reminders.run(deadline.plusDays(3));
        reminders.run(deadline.plusDays(4));
        dispatchAll(Instant.now());
        assertEquals(
                1, Mailbox.matching(SARA, "Försenad: uppföljningen av " + title).size());
        assertEquals(1, Mailbox.matching(SARA, "Sju dagar kvar: " + action).size());

        reminders.run(deadline.plusDays(11));
        reminders.run(deadline.plusDays(12));
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Försenat uppdrag: " + action).size());
        assertEquals(0, Mailbox.matching(MARIA, title).size());
    }

    @Test
    void anOpenedSurveyInvitesTheAskedAndRemindsThoseWhoHaveNotSubmitted() throws Exception {
        String vasteras = DemoDataLoader.organisationId("vasteras-stad").toString();
        String arbetsformedlingen =
                DemoDataLoader.organisationId("arbetsformedlingen").toString();
        LocalDate closes = LocalDate.now().plusDays(30);
        Map<String, Object> input = Surveys.input("19", LocalDate.now().minusDays(1), closes);
        String title = "Enkät " + System.nanoTime();
        input.put("title", title);
        input.put("recipientIds", List.of(vasteras, arbetsformedlingen));
        String id = Surveys.createdId(COORDINATOR_VASTMANLAND, input);
        dispatchAll(Instant.now());
        assertEquals(0, Mailbox.matching(SARA, title).size(), "a draft invites nobody");

        Surveys.status(COORDINATOR_VASTMANLAND, id, "OPEN").statusCode(200);
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Ny enkät: " + title).size());
        assertEquals(1, Mailbox.matching(JOHAN, "Ny enkät: " + title).size());
        assertEquals(0, Mailbox.matching(MARIA, title).size(), "another county's coordinator is not asked");
        assertEquals(0, Mailbox.matching(ERIK, title).size(), "the coordinator who opened it is not asked");
        MEMBER_VASTERAS
                .request()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("items.find { it.title == 'Ny enkät: " + title + "' }.link", equalTo("/surveys/" + id));

        // Västerås submits; Arbetsförmedlingen does not, and is reminded once, a week before closing.
        String answer = Surveys.answerPath(id, vasteras);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(Surveys.answer(Surveys.keys(id), "AGREE_PARTLY", "Bostadsbristen består."))
                .put(answer)
                .then()
                .statusCode(201);
        MEMBER_VASTERAS
                .request()
                .header("If-Match", Surveys.etag(MEMBER_VASTERAS, answer))
                .post(answer + "/submission")
                .then()
                .statusCode(200);
        reminders.run(closes.minusDays(8));
        dispatchAll(Instant.now());
        assertEquals(0, Mailbox.matching(JOHAN, "Påminnelse: enkäten " + title).size(), "not yet");
        reminders.run(closes.minusDays(7));
        reminders.run(closes.minusDays(7));
        reminders.run(closes.minusDays(2));
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(JOHAN, "Påminnelse: enkäten " + title).size());
        assertEquals(0, Mailbox.matching(SARA, "Påminnelse: enkäten " + title).size(), "Västerås has submitted");
        assertEquals(0, Mailbox.matching(MARIA, title).size());

        // A closed survey reminds nobody.
        Surveys.status(COORDINATOR_VASTMANLAND, id, "CLOSED").statusCode(200);
        String other = Surveys.createdId(
                COORDINATOR_VASTMANLAND,
                withTitle(Surveys.input("19", LocalDate.now().minusDays(1), closes), title + " B", arbetsformedlingen));
        Surveys.status(COORDINATOR_VASTMANLAND, other, "OPEN").statusCode(200);
        Surveys.status(COORDINATOR_VASTMANLAND, other, "CLOSED").statusCode(200);
        dispatchAll(Instant.now());
        Mailbox.purge();
        reminders.run(closes.minusDays(6));
        dispatchAll(Instant.now());
        assertEquals(
                0,
                Mailbox.matching(JOHAN, "Påminnelse: enkäten " + title + " B").size());
    }

    private static Map<String, Object> withTitle(Map<String, Object> input, String title, String recipient) {
        input.put("title", title);
        input.put("recipientIds", List.of(recipient));
        return input;
    }

    @Test
    void followingNeedsALoginAndSomethingTheCallerMayRead() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL");
        ANONYMOUS.request().put("/api/v1/follows/FORUM/" + forum).then().statusCode(401);
        String draft = Agreements.create(COORDINATOR_VASTRA_GOTALAND, Agreements.input("14"));
        MEMBER_VASTERAS
                .request()
                .put("/api/v1/follows/AGREEMENT/" + draft)
                .then()
                .statusCode(404);
        MEMBER_VASTERAS.request().put("/api/v1/follows/FORUM/" + forum).then().statusCode(200);
        MEMBER_VASTERAS.request().put("/api/v1/follows/FORUM/" + forum).then().statusCode(200);
        MEMBER_VASTERAS
                .request()
                .get("/api/v1/follows")
                .then()
                .body("findAll { it.subjectId == '" + forum + "' }.size()", equalTo(1));
        MEMBER_VASTERAS
                .request()
                .delete("/api/v1/follows/FORUM/" + forum)
                .then()
                .statusCode(204);
        ANONYMOUS.request().get("/api/v1/notifications").then().statusCode(401);
        ANONYMOUS.request().get("/api/v1/notification-preferences").then().statusCode(401);
    }

    private void dispatchAll(Instant at) throws Exception {
        for (int i = 0; i < 20; i++) {
            Dispatcher.Result result = dispatcher.dispatch(at);
            if (result.sent() == 0 && result.failed() == 0) {
                return;
            }
            if (result.failed() > 0) {
                at = at.plus(Duration.ofHours(2));
            }
        }
    }
}
