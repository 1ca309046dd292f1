package se.samverkan.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.FollowUps;
import se.samverkan.support.Forums;
import se.samverkan.support.Indicators;
import se.samverkan.support.Organisations;
import se.samverkan.support.TestData;

/**
 * Concurrent writers: two editors holding the same ETag, parallel state changes and parallel identical creates.
 * Exactly one wins; every other gets 409 or 412 problem+json (never a 5xx), and a unique clash names its field.
 */
@QuarkusTest
class ConcurrencyTest {

    private static final int REPEAT = 3;
    private static final int WRITERS = 2;
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static final List<String> FAILURES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final AtomicInteger RACES = new AtomicInteger();

    @BeforeAll
    static void tokens() {
        // Fetch tokens up front so the racers start together instead of queueing for Keycloak.
        for (DemoUser user : DemoUser.values()) {
            if (user != DemoUser.ANONYMOUS) {
                user.accessToken();
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.println("ConcurrencyTest: " + RACES.get() + " races, " + SERVER_ERRORS.get() + " answered 5xx");
    }

    // ---- Two editors with the same ETag, per versioned resource type ----------------------------------

    @Test
    void organisation() {
        Map<String, Object> body = TestData.organisation();
        String id = Organisations.create(COORDINATOR_VASTMANLAND, body);
        repeat(() -> {
            String etag = Organisations.etag(id);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    Organisations.PATH + "/" + id,
                    etag,
                    TestData.with(body, "mandate", "Redaktör " + i));
        });
    }

    @Test
    void agreement() {
        Map<String, Object> body = Agreements.input("19");
        String id = Agreements.create(COORDINATOR_VASTMANLAND, body);
        repeat(() -> {
            String etag = Agreements.etag(ADMIN, id);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    Agreements.PATH + "/" + id,
                    etag,
                    TestData.with(body, "purpose", "Syfte " + i));
        });
    }

    @Test
    void party() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String party = Agreements.addParty(COORDINATOR_VASTMANLAND, id, "vasteras-stad", "SIGNATORY");
        String path = Agreements.PATH + "/" + id + "/parties/" + party;
        repeat(() -> {
            String etag = versionOf(Agreements.PATH + "/" + id, "parties.find { it.id == '" + party + "' }.version");
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    Map.of(
                            "organisationId",
                            Forums.organisation("vasteras-stad"),
                            "role",
                            "SIGNATORY",
                            "signatories",
                            List.of(Map.of("name", "Redaktör " + i, "title", "Ordförande"))));
        });
    }

    @Test
    void goalArea() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        String path = Agreements.PATH + "/" + id + "/goal-areas/" + goalArea;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(COORDINATOR_VASTMANLAND, path, etag, Agreements.goalArea("1", "Bosättning " + i));
        });
    }

    @Test
    void responsibility() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.addParty(COORDINATOR_VASTMANLAND, id, "vasteras-stad", "SIGNATORY");
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        String base = Agreements.PATH + "/" + id + "/goal-areas/" + goalArea + "/responsibilities";
        String responsibility = json(COORDINATOR_VASTMANLAND)
                .body(Map.of(
                        "organisationId",
                        Forums.organisation("vasteras-stad"),
                        "kind",
                        "RESPONSIBLE",
                        "level",
                        "LOCAL"))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        repeat(() -> {
            String etag = versionOf(
                    Agreements.PATH + "/" + id + "/goal-areas/" + goalArea,
                    "responsibilities.find { it.id == '" + responsibility + "' }.version");
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    base + "/" + responsibility,
                    etag,
                    Map.of(
                            "organisationId",
                            Forums.organisation("vasteras-stad"),
                            "kind",
                            i == 0 ? "RESPONSIBLE" : "OTHER",
                            "level",
                            "LOCAL"));
        });
    }

    @Test
    void priority() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        String path = Agreements.PATH + "/" + id + "/goal-areas/" + goalArea + "/priorities/2027";
        json(COORDINATOR_VASTMANLAND)
                .body(Map.of("points", List.of("Fokus")))
                .put(path)
                .then()
                .statusCode(201);
        repeat(() -> {
            String etag = versionOf(
                    Agreements.PATH + "/" + id + "/goal-areas/" + goalArea,
                    "priorities.find { it.year == 2027 }.version");
            return i -> put(COORDINATOR_VASTMANLAND, path, etag, Map.of("points", List.of("Fokus " + i)));
        });
    }

    @Test
    void firstFocusOfAYear() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        for (int year = 2026; year < 2026 + REPEAT; year++) {
            String path = Agreements.PATH + "/" + id + "/goal-areas/" + goalArea + "/priorities/" + year;
            // Both read that the year has no focus and create it only if it is still absent: the one that comes
            // second, or collides with the first's insert, is told that it changed meanwhile (412), not 409 or 428.
            race(
                    i -> json(COORDINATOR_VASTMANLAND)
                            .header("If-None-Match", "*")
                            .body(Map.of("points", List.of("Fokus " + i)))
                            .put(path),
                    Set.of(412));
        }
    }

    @Test
    void aFocusCreatedOrRemovedMeanwhileGets412() {
        String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, id, "1", "Bosättning");
        String path = Agreements.PATH + "/" + id + "/goal-areas/" + goalArea + "/priorities/2027";
        String etag = json(COORDINATOR_VASTMANLAND)
                .header("If-None-Match", "*")
                .body(Map.of("points", List.of("Bostäder")))
                .put(path)
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        // the other person, who also read that 2027 had no focus, saves theirs: refused, and the focus stays mine
        json(COORDINATOR_VASTMANLAND)
                .header("If-None-Match", "*")
                .header("Accept-Language", "sv")
                .body(Map.of("points", List.of("Språk")))
                .put(path)
                .then()
                .statusCode(412)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body(
                        "detail",
                        org.hamcrest.Matchers.equalTo("Någon annan har lagt in fokus för 2027 sedan du läste att det"
                                + " saknades; läs in det igen och gör din ändring på nytt"));
        assertThat(
                ADMIN.request()
                        .get(Agreements.PATH + "/" + id + "/goal-areas/" + goalArea)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("priorities.find { it.year == 2027 }.points"),
                is(List.of("Bostäder")));
        // with the ETag of the focus they then read, the change is a replace like any other
        put(COORDINATOR_VASTMANLAND, path, etag, Map.of("points", List.of("Bostäder", "Språk")))
                .then()
                .statusCode(200);
        String latest = versionOf(
                Agreements.PATH + "/" + id + "/goal-areas/" + goalArea, "priorities.find { it.year == 2027 }.version");
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", latest)
                .delete(path)
                .then()
                .statusCode(204);
        // a save with the ETag of a focus removed meanwhile does not create it anew
        put(COORDINATOR_VASTMANLAND, path, latest, Map.of("points", List.of("Språk")))
                .then()
                .statusCode(412)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }

    @Test
    void indicator() {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        String indicator = Indicators.create(agreement.id(), agreement.work(), "COUNTY", false);
        String path = FollowUps.INDICATORS + "/" + indicator;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    TestData.with(Indicators.input(agreement.work(), "COUNTY", false), "description", "Redaktör " + i));
        });
    }

    @Test
    void followUpRound() {
        FollowUps.TestRound round = FollowUps.openRound();
        String path = FollowUps.ROUNDS + "/" + round.id();
        repeat(() -> {
            String etag = etag(path);
            return i -> put(COORDINATOR_VASTMANLAND, path, etag, Map.of("deadline", "2027-04-0" + (i + 1)));
        });
    }

    @Test
    void assessment() {
        FollowUps.TestRound round = FollowUps.openRound();
        String path = FollowUps.ASSESSMENTS + "/" + round.vasterasWork();
        repeat(() -> {
            String etag = etag(path);
            return i -> put(
                    MEMBER_VASTERAS, path, etag, TestData.with(FollowUps.draft("ON_TRACK"), "situation", "Läget " + i));
        });
    }

    @Test
    void forum() {
        Map<String, Object> body = Forums.input("19", "REGIONAL");
        String forum = Forums.create(COORDINATOR_VASTMANLAND, body);
        String path = Forums.PATH + "/" + forum;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(COORDINATOR_VASTMANLAND, path, etag, TestData.with(body, "chair", "Ordförande " + i));
        });
    }

    @Test
    void forumMember() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String member = Forums.addMember(COORDINATOR_VASTMANLAND, forum, "vasteras-stad");
        String path = Forums.PATH + "/" + forum + "/members/" + member;
        repeat(() -> {
            String etag = versionOf(Forums.PATH + "/" + forum, "members.find { it.id == '" + member + "' }.version");
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    Map.of(
                            "organisationId",
                            Forums.organisation("vasteras-stad"),
                            "role",
                            "EXPERT",
                            "description",
                            "Företrädare " + i));
        });
    }

    @Test
    void meetingAndAgendaItem() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(10));
        String path = Forums.MEETINGS + "/" + meeting;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    TestData.with(Forums.meeting(LocalDate.now().plusDays(10)), "location", "Rum " + i));
        });
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
        repeat(() -> {
            String etag = versionOf(path, "agenda.find { it.id == '" + point + "' }.version");
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path + "/agenda-items/" + point,
                    etag,
                    TestData.with(
                            Forums.agendaItem("Lägesrapporter", "STATUS_REPORT"), "presenter", "Föredragande " + i));
        });
    }

    @Test
    void actionItem() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String meeting = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(1));
        String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Uppdrag", "DECISION");
        String item = Forums.handOut(
                COORDINATOR_VASTMANLAND, meeting, point, Forums.actionItem("Följa upp", "arbetsformedlingen"));
        String path = Forums.ITEMS + "/" + item;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    TestData.with(
                            Forums.actionItem("Följa upp", "arbetsformedlingen"), "ownerPerson", "Ansvarig " + i));
        });
    }

    @Test
    void statusReport() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2026, 1));
        String path = Forums.REPORTS + "/" + report;
        repeat(() -> {
            String etag = etag(path);
            return i -> put(
                    COORDINATOR_VASTMANLAND,
                    path,
                    etag,
                    TestData.with(Forums.report(2026, 1), "title", "Lägesrapport " + i));
        });
    }

    // ---- Parallel state changes ----------------------------------------------------------------------

    @Test
    void adoptTheSameAgreement() {
        for (int r = 0; r < REPEAT; r++) {
            String id = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
            String etag = Agreements.etag(ADMIN, id);
            race(i -> json(COORDINATOR_VASTMANLAND)
                    .header("If-Match", etag)
                    .body(Map.of("status", "ADOPTED"))
                    .post(Agreements.PATH + "/" + id + "/status"));
        }
    }

    @Test
    void submitAndAcceptTheSameAssessment() {
        for (int r = 0; r < REPEAT; r++) {
            FollowUps.TestRound round = FollowUps.openRound();
            String assessment = round.vasterasWork();
            FollowUps.save(MEMBER_VASTERAS, assessment, FollowUps.draft("ON_TRACK"))
                    .statusCode(200);
            String draft = FollowUps.etag(assessment);
            race(i -> MEMBER_VASTERAS
                    .request()
                    .header("If-Match", draft)
                    .post(FollowUps.ASSESSMENTS + "/" + assessment + "/submit"));
            String submitted = FollowUps.etag(assessment);
            race(i -> COORDINATOR_VASTMANLAND
                    .request()
                    .header("If-Match", submitted)
                    .post(FollowUps.ASSESSMENTS + "/" + assessment + "/accept"));
        }
    }

    @Test
    void publishTheSameMinutes() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        for (int r = 0; r < REPEAT; r++) {
            String meeting = Forums.createMeeting(
                    COORDINATOR_VASTMANLAND, forum, LocalDate.now().minusDays(2));
            String point = Forums.addAgendaItem(COORDINATOR_VASTMANLAND, meeting, "Lägesrapporter", "STATUS_REPORT");
            Forums.writeMinutes(
                    COORDINATOR_VASTMANLAND, meeting, point, "Lägesrapporter", "STATUS_REPORT", "Läget redovisades.");
            String etag = etag(Forums.MEETINGS + "/" + meeting);
            race(i -> COORDINATOR_VASTMANLAND
                    .request()
                    .header("If-Match", etag)
                    .post(Forums.MEETINGS + "/" + meeting + "/minutes/publication"));
        }
    }

    @Test
    void deleteTheSameRound() {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        for (int r = 0; r < REPEAT; r++) {
            String round = FollowUps.open(COORDINATOR_VASTMANLAND, agreement.id(), 2027, "2027-03-31")
                    .statusCode(201)
                    .extract()
                    .path("id");
            String etag = FollowUps.roundEtag(round);
            race(i ->
                    COORDINATOR_VASTMANLAND.request().header("If-Match", etag).delete(FollowUps.ROUNDS + "/" + round));
        }
    }

    @Test
    void deleteTheSameForum() {
        for (int r = 0; r < REPEAT; r++) {
            String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
            String etag = etag(Forums.PATH + "/" + forum);
            race(i -> COORDINATOR_VASTMANLAND.request().header("If-Match", etag).delete(Forums.PATH + "/" + forum));
        }
    }

    @Test
    void aWriterWhoseRecordWasDeletedMeanwhileGets412NotA404() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String etag = etag(Forums.PATH + "/" + forum);
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(Forums.PATH + "/" + forum)
                .then()
                .statusCode(204);
        // the loser of a delete race that arrives after the winner committed
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .header("Accept-Language", "sv")
                .delete(Forums.PATH + "/" + forum)
                .then()
                .statusCode(412)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.equalTo("Någon annan har tagit bort detta sedan du läste det"));
        // a record that never existed is still not found
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", etag)
                .delete(Forums.PATH + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    // ---- Parallel identical creates hitting a unique constraint ---------------------------------------

    @Test
    void organisationNumber() {
        for (int r = 0; r < REPEAT; r++) {
            Map<String, Object> body = TestData.organisation();
            raceCreate("organisationNumber", i -> json(COORDINATOR_VASTMANLAND)
                    .body(TestData.with(body, "name", body.get("name") + " " + i))
                    .post(Organisations.PATH));
        }
    }

    @Test
    void party_once() {
        for (int r = 0; r < REPEAT; r++) {
            String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
            raceCreate("organisationId", i -> json(COORDINATOR_VASTMANLAND)
                    .body(Map.of("organisationId", Forums.organisation("vasteras-stad"), "role", "SIGNATORY"))
                    .post(Agreements.PATH + "/" + id + "/parties"));
        }
    }

    @Test
    void goalAreaNumber() {
        for (int r = 0; r < REPEAT; r++) {
            String id = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
            raceCreate("number", i -> json(COORDINATOR_VASTMANLAND)
                    .body(Agreements.goalArea("3", "Hälsa " + i))
                    .post(Agreements.PATH + "/" + id + "/goal-areas"));
        }
    }

    @Test
    void followUpYear() {
        FollowUps.TestAgreement agreement = FollowUps.adoptedAgreement();
        for (int year : new int[] {2026, 2027, 2028}) {
            raceCreate("year", i -> json(COORDINATOR_VASTMANLAND)
                    .body(Map.of("year", year, "deadline", year + "-03-31"))
                    .post(Agreements.PATH + "/" + agreement.id() + "/follow-up-rounds"));
        }
    }

    @Test
    void statusReportQuarter() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        for (int quarter = 1; quarter <= REPEAT; quarter++) {
            Map<String, Object> body = Forums.report(2027, quarter);
            raceCreate(
                    "quarter",
                    i -> json(COORDINATOR_VASTMANLAND).body(body).post(Forums.PATH + "/" + forum + "/status-reports"));
        }
    }

    @Test
    void forumMember_once() {
        for (int r = 0; r < REPEAT; r++) {
            String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
            raceCreate("organisationId", i -> json(COORDINATOR_VASTMANLAND)
                    .body(Map.of("organisationId", Forums.organisation("vasteras-stad"), "role", "EXPERT"))
                    .post(Forums.PATH + "/" + forum + "/members"));
        }
    }

    @Test
    void firstContribution() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        for (int quarter = 1; quarter <= REPEAT; quarter++) {
            String report = Forums.openReport(COORDINATOR_VASTMANLAND, forum, Forums.report(2028, quarter));
            Forums.invite(COORDINATOR_VASTMANLAND, report, "vasteras-stad");
            // A loser that arrives after the winner's commit finds a contribution, which is replaced only with
            // If-Match:
            // 428 tells it so; one that collides with the commit gets 409/412.
            List<Response> answers = race(
                    i -> json(MEMBER_VASTERAS)
                            .body(Forums.contribution("Hälsa", "Text " + i))
                            .put(Forums.REPORTS + "/" + report + "/contributions/"
                                    + Forums.organisation("vasteras-stad")),
                    Set.of(409, 412, 428));
            check(answers.stream().filter(a -> a.statusCode() == 201).count() == 1, "one first contribution", answers);
        }
    }

    /** Every race of a test runs even after one went wrong, so the count of 5xx is complete. */
    private static void check(boolean ok, String expectation, List<Response> answers) {
        if (!ok) {
            FAILURES.add(expectation + ": "
                    + answers.stream()
                            .map(a -> a.statusCode() + " " + a.asString())
                            .toList());
        }
    }

    @BeforeEach
    void clear() {
        FAILURES.clear();
    }

    @AfterEach
    void noFailures() {
        assertThat(String.join("\n", FAILURES), FAILURES.isEmpty(), is(true));
    }

    // ---- The race itself ------------------------------------------------------------------------------

    /** Repeats a race: the setup reads the current state (ETag) and returns the writers. */
    private static void repeat(Supplier<IntFunction<Response>> setup) {
        for (int r = 0; r < REPEAT; r++) {
            race(setup.get());
        }
    }

    /** Parallel identical creates: one 201, the others 409 naming the field. */
    private static void raceCreate(String field, IntFunction<Response> writer) {
        List<Response> answers = race(writer);
        check(answers.stream().filter(a -> a.statusCode() == 201).count() == 1, "one 201", answers);
        for (Response answer : answers) {
            if (answer.statusCode() != 201) {
                check(
                        answer.statusCode() == 409
                                && answer.contentType().startsWith("application/problem+json")
                                && answer.<List<String>>path("errors.field") != null
                                && answer.<List<String>>path("errors.field").contains(field),
                        "409 naming " + field,
                        answers);
            }
        }
    }

    /** Starts the writers together; exactly one succeeds, the others are refused with 409 or 412 problem+json. */
    private static List<Response> race(IntFunction<Response> writer) {
        return race(writer, Set.of(409, 412));
    }

    private static List<Response> race(IntFunction<Response> writer, Set<Integer> refusals) {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writerIndex = i;
                Callable<Response> call = () -> {
                    ready.countDown();
                    go.await();
                    return writer.apply(writerIndex);
                };
                futures.add(pool.submit(call));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            RACES.incrementAndGet();
            answers.stream().filter(a -> a.statusCode() >= 500).forEach(a -> SERVER_ERRORS.incrementAndGet());
            List<Integer> codes = answers.stream().map(Response::statusCode).toList();
            check(codes.stream().filter(c -> c >= 200 && c < 300).count() == 1, "exactly one 2xx", answers);
            for (Response answer : answers) {
                if (answer.statusCode() >= 300) {
                    check(
                            refusals.contains(answer.statusCode())
                                    && answer.contentType().startsWith("application/problem+json"),
                            refusals + " problem",
                            answers);
                }
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static io.restassured.specification.RequestSpecification json(DemoUser user) {
        return user.request().contentType(ContentType.JSON);
    }

    private static Response put(DemoUser user, String path, String etag, Object body) {
        return json(user).header("If-Match", etag).body(body).put(path);
    }

    private static String etag(String path) {
        return ADMIN.request().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String versionOf(String path, String jsonPath) {
        Object version =
                ADMIN.request().get(path).then().statusCode(200).extract().path(jsonPath);
        assertThat(jsonPath, version, notNullValue());
        return "\"" + version + "\"";
    }
}
