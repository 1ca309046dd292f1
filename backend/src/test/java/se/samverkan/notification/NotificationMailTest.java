package se.samverkan.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.notification.directory.DirectorySync;
import se.samverkan.notification.mail.Dispatcher;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.GreenMail;
import se.samverkan.support.Mailbox;

/**
 * Mail really travels: the API's mailer sends over SMTP to GreenMail (its own process), and the tests read what was
 * delivered back from GreenMail's REST API. The dispatcher runs when the test calls it, at the time the test names.
 */
@QuarkusTest
class NotificationMailTest {

    static final String SARA = "sara.nilsson@example.se"; // member.vasteras
    static final String ERIK = "erik.johansson@example.se"; // coordinator.vastmanland
    static final String MARIA = "maria.andersson@example.se"; // coordinator.vastragotaland
    static final String KARIN = "karin.lindberg@example.se"; // admin

    @Inject
    Dispatcher dispatcher;

    @Inject
    DirectorySync directory;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void cleanSlate() throws Exception {
        assertTrue(directory.sync() >= 5, "the directory mirrors Keycloak's users");
        dispatchAll(Instant.now());
        Mailbox.purge();
    }

    @AfterEach
    void defaults() {
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", preferencesEtag(MEMBER_VASTERAS))
                .body(Map.of("preferences", List.of(Map.of("category", "MEETING", "frequency", "IMMEDIATELY"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200);
    }

    @Test
    void anOpenedFollowUpReachesTheResponsibleOrganisationsMembersOnceAndNobodyElse() throws Exception {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        dispatchAll(Instant.now());
        Mailbox.purge();

        FollowUps.TestRound round =
                FollowUps.openRound(agreement, LocalDate.now().plusDays(30).toString());
        dispatchAll(Instant.now());

        List<Mailbox.Message> mails = Mailbox.matching(SARA, "Ny uppföljning");
        assertEquals(1, mails.size(), "exactly one mail to the Västerås member");
        String mime = unfolded(mails.get(0).mime());
        assertTrue(mime.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), mime);
        assertTrue(mime.contains("List-Unsubscribe: <"), mime);
        assertEquals(0, Mailbox.of(ERIK).size(), "the coordinator who opened it is not told");
        assertEquals(0, Mailbox.of(MARIA).size(), "another county's coordinator hears nothing");
        assertEquals(0, Mailbox.of(KARIN).size(), "nor does the admin, who is no party");

        MEMBER_VASTERAS
                .request()
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("items.link", hasItem("/follow-up/rounds/" + round.id()))
                .body("unread", greaterThanOrEqualTo(1));
        dispatchAll(Instant.now().plus(Duration.ofDays(1)));
        assertEquals(1, Mailbox.matching(SARA, "Ny uppföljning").size(), "never sent twice");
    }

    @Test
    void aNewOrMovedMeetingSendsAnInvitationWithACalendarToTheForumsMembers() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(20));
        dispatchAll(Instant.now());
        List<Mailbox.Message> invitations = Mailbox.matching(SARA, "Nytt möte");
        assertEquals(1, invitations.size());
        String mime = invitations.get(0).mime();
        assertTrue(mime.contains("text/calendar"), "an iCalendar invitation is attached");
        assertTrue(mime.contains("invitation.ics"), mime);

        Map<String, Object> moved = Forums.meeting(LocalDate.now().plusDays(27));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(Forums.MEETINGS + "/" + meeting))
                .body(moved)
                .put(Forums.MEETINGS + "/" + meeting)
                .then()
                .statusCode(200);
        dispatchAll(Instant.now());
        assertEquals(1, Mailbox.matching(SARA, "Mötet har flyttats").size());
        assertEquals(1, Mailbox.matching(SARA, "Nytt möte").size());
        assertEquals(0, Mailbox.of(MARIA).size(), "another county's coordinator hears nothing");
        assertEquals(0, Mailbox.of(ERIK).size(), "the coordinator who planned it is not told");
    }

    @Test
    void aMeetingInAnotherCountyReachesNobodyInVastmanland() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTRA_GOTALAND, "14", "REGIONAL", "goteborgsregionen");
        Forums.createMeeting(COORDINATOR_VASTRA_GOTALAND, forum, LocalDate.now().plusDays(12));
        dispatchAll(Instant.now());
        assertEquals(0, Mailbox.of(SARA).size());
        assertEquals(0, Mailbox.of(ERIK).size());
    }

    @Test
    void whileSmtpIsDownMailIsDelayedAndAfterwardsDeliveredOnce() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        GreenMail.stop();
        try {
            Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(40));
            Instant now = Instant.now();
            Dispatcher.Result down = dispatcher.dispatch(now);
            assertEquals(0, down.sent());
            assertTrue(down.failed() >= 1, "the send failed and was put back");
            assertEquals(new Dispatcher.Result(0, 0), dispatcher.dispatch(now.plusSeconds(5)), "backing off");
        } finally {
            GreenMail.restart();
        }
        dispatchAll(Instant.now().plus(Duration.ofMinutes(2)));
        assertEquals(1, Mailbox.matching(SARA, "Nytt möte").size(), "delivered once SMTP is back");
        dispatchAll(Instant.now().plus(Duration.ofHours(3)));
        assertEquals(1, Mailbox.matching(SARA, "Nytt möte").size(), "and only once");
    }

    @Test
    void twoDispatchersAtOnceSendEveryMailExactlyOnce() throws Exception {
        int count = 60;
        String run = String.valueOf(System.nanoTime());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        """
                        insert into mail_outbox (recipient_email, recipient_username, locale, category, event, params,
                                                 link, due_at, created_at)
                        values (?, 'nobody', 'sv', 'AGREEMENT', 'agreement-adopted', cast(? as jsonb),
                                '/agreements/00000000-0000-0000-0000-000000000000', now(), now())
                        """)) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, "parallel-" + i + "@dispatch.example");
                insert.setString(2, "{\"agreement\": \"Parallell " + run + "\"}");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> worker = () -> {
                int sent = 0;
                Dispatcher.Result result;
                do {
                    result = dispatcher.dispatch(Instant.now());
                    sent += result.sent();
                } while (result.sent() > 0);
                return sent;
            };
            List<Future<Integer>> workers = new ArrayList<>();
            workers.add(pool.submit(worker));
            workers.add(pool.submit(worker));
            int total = 0;
            for (Future<Integer> w : workers) {
                total += w.get();
            }
            assertEquals(count, total, "every row sent by exactly one of the two");
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < count; i++) {
            assertEquals(
                    1,
                    Mailbox.matching("parallel-" + i + "@dispatch.example", run).size(),
                    "one mail to parallel-" + i);
        }
    }

    @Test
    void aDailyDigestIsOneMailWithEverythingOfTheDay() throws Exception {
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", preferencesEtag(MEMBER_VASTERAS))
                .body(Map.of("preferences", List.of(Map.of("category", "MEETING", "frequency", "DAILY"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200)
                .body("preferences.find { it.category == 'MEETING' }.frequency", equalTo("DAILY"));
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(14));
        Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(44));
        dispatchAll(Instant.now());
        assertEquals(0, Mailbox.of(SARA).size(), "nothing before the digest is due");
        dispatchAll(Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        List<Mailbox.Message> mails = Mailbox.of(SARA);
        assertEquals(1, mails.size(), "one digest mail");
        assertTrue(
                mails.get(0).subject().contains("(2 händelser)"), mails.get(0).subject());
    }

    @Test
    void missingTokensAndBodiesAreNamedInPlainWords() {
        ANONYMOUS
                .request()
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"))
                .body("errors[0].message", equalTo("must be given"));
        ANONYMOUS
                .request()
                .post("/api/v1/subscriptions/confirm")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"))
                .body("errors[0].message", equalTo("must be given"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", preferencesEtag(MEMBER_VASTERAS))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("a JSON body is required"));
    }

    @Test
    void oneClickUnsubscribeWorksWithoutLoginAndIsHonoured() throws Exception {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(15));
        dispatchAll(Instant.now());
        List<Mailbox.Message> mails = Mailbox.matching(SARA, "Nytt möte");
        assertEquals(1, mails.size());
        Matcher header = Pattern.compile("List-Unsubscribe: <[^>]*[?&]token=([^>&]+)>")
                .matcher(unfolded(mails.get(0).mime()));
        assertTrue(header.find(), "the mail names its unsubscribe link");
        String token = header.group(1);

        ANONYMOUS
                .request()
                .queryParam("token", token + "x")
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("token"));
        ANONYMOUS
                .request()
                .queryParam("token", token)
                .contentType("application/x-www-form-urlencoded")
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/unsubscribe")
                .then()
                .statusCode(200)
                .body("unsubscribed", equalTo(true))
                .body("category", equalTo("MEETING"));
        MEMBER_VASTERAS
                .request()
                .get("/api/v1/notification-preferences")
                .then()
                .body("preferences.find { it.category == 'MEETING' }.frequency", equalTo("OFF"));

        Mailbox.purge();
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(16));
        dispatchAll(Instant.now().plus(Duration.ofDays(8)));
        assertEquals(0, Mailbox.of(SARA).size(), "no more meeting mail");
        MEMBER_VASTERAS
                .request()
                .get("/api/v1/notifications")
                .then()
                .body("items.link", hasItem("/meetings/" + meeting));
    }

    /** Dispatches until nothing is due at {@code at}; a failure (a stale pooled SMTP connection) retries later. */
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

    private static String unfolded(String mime) {
        return mime.replaceAll("\r?\n[ \t]+", " ");
    }

    /** The ETag of the user's current mail preferences, for a change based on them. */
    static String preferencesEtag(se.samverkan.support.DemoUser user) {
        return user.request()
                .get("/api/v1/notification-preferences")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void preferencesAreChangedOnlyFromTheChoicesLastRead() {
        String etag = preferencesEtag(MEMBER_VASTERAS);
        Map<String, Object> daily =
                Map.of("preferences", List.of(Map.of("category", "ACTION_ITEM", "frequency", "DAILY")));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(daily)
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(428);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(daily)
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(etag));
        // A second tab that read the old choices does not overwrite the new ones.
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("preferences", List.of(Map.of("category", "ACTION_ITEM", "frequency", "OFF"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(412);
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", preferencesEtag(MEMBER_VASTERAS))
                .body(Map.of("preferences", List.of(Map.of("category", "ACTION_ITEM", "frequency", "IMMEDIATELY"))))
                .put("/api/v1/notification-preferences")
                .then()
                .statusCode(200);
    }
}
