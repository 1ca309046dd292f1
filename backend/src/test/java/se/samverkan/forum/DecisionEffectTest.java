package se.samverkan.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * Decisions that take effect (issue 14): Beredningsgruppen proposes a yearly priority, a meeting of the council it
 * prepares for decides it, once; the priority and the decision link to each other; what cannot change is refused with
 * its rule; two deciders at once: one wins.
 */
@QuarkusTest
class DecisionEffectTest {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    /** A council and the preparation group that prepares for it, in Västmanland. */
    private record Chain(String council, String preparing) {}

    private static Chain chain() {
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        Map<String, Object> preparing = Forums.input("19", "REGIONAL");
        preparing.put("parentForumId", council);
        preparing.put("parentRelation", "PREPARES_FOR");
        return new Chain(council, Forums.create(COORDINATOR_VASTMANLAND, preparing));
    }

    private record Priority(String agreement, String goalArea, String id) {}

    private static Priority propose(String proposingForum) {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, agreement, "1", "Arbete");
        Map<String, Object> body = new HashMap<>();
        body.put("points", List.of("Fler nyanlända kvinnor i arbete"));
        if (proposingForum != null) {
            body.put("proposedByForumId", proposingForum);
        }
        String id = putPriority(agreement, goalArea, body)
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("proposedBy.id", equalTo(proposingForum))
                .extract()
                .path("id");
        return new Priority(agreement, goalArea, id);
    }

    private static ValidatableResponse putPriority(String agreement, String goalArea, Map<String, Object> body) {
        String path = Agreements.PATH + "/" + agreement + "/goal-areas/" + goalArea + "/priorities/2027";
        var request =
                COORDINATOR_VASTMANLAND.request().contentType(ContentType.JSON).body(body);
        Integer version = ADMIN.request()
                .get(Agreements.PATH + "/" + agreement)
                .then()
                .extract()
                .path("goalAreas[0].priorities.find { it.year == 2027 }.version");
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return request.put(path).then();
    }

    private record Point(String meeting, String item) {}

    private static Point point(DemoUser user, String forum, LocalDate date) {
        String meeting = Forums.createMeeting(user, forum, date);
        return new Point(meeting, Forums.addAgendaItem(user, meeting, "Årliga prioriteringar", "DECISION"));
    }

    private static Map<String, Object> decision(String outcome, String kind, String subjectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Integrationsrådet beslutade att fastställa Beredningsgruppens förslag till prioriteringar");
        body.put("outcome", outcome);
        body.put("subject", "YEARLY_PRIORITY".equals(kind) ? "YEARLY_PRIORITY" : "OTHER");
        if (kind != null) {
            body.put("effects", List.of(Map.of("kind", kind, "subjectId", subjectId)));
        }
        return body;
    }

    private static ValidatableResponse decide(DemoUser user, Point point, Map<String, Object> body) {
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(MEETINGS + "/" + point.meeting() + "/agenda-items/" + point.item() + "/decisions")
                .then();
    }

    private static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }

    private static ValidatableResponse agreement(String id) {
        return COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void theCouncilDecidesThePriorityItsPreparationGroupProposedOnceAndBothSidesLink() {
        Chain chain = chain();
        Priority priority = propose(chain.preparing());
        Point point = point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY);

        // A future meeting has not decided anything yet.
        Point planned =
                point(COORDINATOR_VASTMANLAND, chain.council(), LocalDate.now().plusDays(30));
        assertRule(
                decide(COORDINATOR_VASTMANLAND, planned, decision("ADOPTED", "PRIORITY", priority.id())),
                "decision-before-meeting");
        // A decision that is only noted changes nothing.
        decide(COORDINATOR_VASTMANLAND, point, decision("NOTED", "PRIORITY", priority.id()))
                .statusCode(400)
                .body("errors.field", hasItem("outcome"));
        // Members do not record decisions.
        decide(MEMBER_VASTERAS, point, decision("ADOPTED", "PRIORITY", priority.id()))
                .statusCode(403);

        String decisionId = decide(COORDINATOR_VASTMANLAND, point, decision("ADOPTED", "PRIORITY", priority.id()))
                .statusCode(201)
                .body("effects", hasSize(1))
                .body("effects[0].kind", equalTo("PRIORITY"))
                .body("effects[0].subjectId", equalTo(priority.id()))
                .body("effects[0].agreementId", equalTo(priority.agreement()))
                .body("effects[0].appliedBy", equalTo("coordinator.vastmanland"))
                .extract()
                .path("id");

        String councilName = ADMIN.request()
                .get(PATH + "/" + chain.council())
                .then()
                .extract()
                .path("name");
        agreement(priority.agreement())
                .body("goalAreas[0].priorities[0].status", equalTo("DECIDED"))
                .body("goalAreas[0].priorities[0].decision.decisionId", equalTo(decisionId))
                .body("goalAreas[0].priorities[0].decision.meetingId", equalTo(point.meeting()))
                .body("goalAreas[0].priorities[0].decision.forumName", equalTo(councilName))
                .body("goalAreas[0].priorities[0].decision.date", equalTo(YESTERDAY.toString()))
                .body("goalAreas[0].priorities[0].decision.paragraph", equalTo(1))
                .body("goalAreas[0].priorities[0].decidedBy", nullValue());

        // Exactly once: a second decision on the same priority is refused by the priority's rule.
        Point again = point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY);
        assertRule(
                decide(COORDINATOR_VASTMANLAND, again, decision("ADOPTED", "PRIORITY", priority.id())),
                "priority-already-decided");
        // The decided priority is final; the decision that decided it keeps its effect.
        Map<String, Object> edit = new HashMap<>();
        edit.put("points", List.of("Något annat"));
        assertRule(putPriority(priority.agreement(), priority.goalArea(), edit), "priority-decided-is-final");
        String decisionPath =
                MEETINGS + "/" + point.meeting() + "/agenda-items/" + point.item() + "/decisions/" + decisionId;
        String etag = Forums.etag(MEETINGS + "/" + point.meeting() + "/minutes");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", decisionEtag(point, decisionId))
                        .delete(decisionPath)
                        .then(),
                "decision-took-effect");
        Map<String, Object> rejected = decision("REJECTED", "PRIORITY", priority.id());
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .contentType(ContentType.JSON)
                        .header("If-Match", decisionEtag(point, decisionId))
                        .body(rejected)
                        .put(decisionPath)
                        .then(),
                "decision-took-effect");
        assertRule(
                COORDINATOR_VASTMANLAND
                        .request()
                        .header("If-Match", Forums.etag(MEETINGS + "/" + point.meeting()))
                        .delete(MEETINGS + "/" + point.meeting())
                        .then(),
                "decision-took-effect");
        // Its wording may still be corrected, keeping what it changed.
        Map<String, Object> reworded = decision("ADOPTED", "PRIORITY", priority.id());
        reworded.put("text", "Integrationsrådet fastställde prioriteringarna för 2027");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", decisionEtag(point, decisionId))
                .body(reworded)
                .put(decisionPath)
                .then()
                .statusCode(200)
                .body("effects", hasSize(1));
        assertTrue(etag != null);
        // History on both sides.
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + priority.agreement() + "/history")
                .then()
                .statusCode(200)
                .body("changes.flatten().find { it.field == 'status' && it.after == 'DECIDED' }", notNullValue());
        COORDINATOR_VASTMANLAND
                .request()
                .get(MEETINGS + "/" + point.meeting() + "/history")
                .then()
                .statusCode(200)
                .body("summary", hasItem(org.hamcrest.Matchers.startsWith("Took effect: PRIORITY")));
    }

    private static String decisionEtag(Point point, String decisionId) {
        long version = ADMIN.request()
                .get(MEETINGS + "/" + point.meeting() + "/minutes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items.find { it.agendaItemId == '" + point.item() + "' }.decisions.find { it.id == '"
                        + decisionId + "' }.version");
        return "\"" + version + "\"";
    }

    @Test
    void onlyTheForumTheProposerPreparesForDecidesAndOnlyProposedPrioritiesAreDecided() {
        Chain chain = chain();
        Priority priority = propose(chain.preparing());
        String other = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, other, YESTERDAY),
                        decision("ADOPTED", "PRIORITY", priority.id())),
                "priority-decided-by-prepared-forum");
        // Not even the proposing group decides its own proposal.
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, chain.preparing(), YESTERDAY),
                        decision("ADOPTED", "PRIORITY", priority.id())),
                "priority-decided-by-prepared-forum");
        agreement(priority.agreement()).body("goalAreas[0].priorities[0].status", equalTo("PROPOSED"));

        // A priority transcribed from a document is not decided again.
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String goalArea = Agreements.addGoalArea(COORDINATOR_VASTMANLAND, agreement, "1", "Arbete");
        String recorded = putPriority(
                        agreement,
                        goalArea,
                        Map.of("points", List.of("Enligt protokollet"), "decidedBy", "Integrationsrådet"))
                .statusCode(201)
                .body("status", equalTo("RECORDED"))
                .extract()
                .path("id");
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY),
                        decision("ADOPTED", "PRIORITY", recorded)),
                "priority-recorded-from-document");
        // A proposer of another county, and a proposer together with a transcribed decision, are refused.
        putPriority(
                        agreement,
                        goalArea,
                        Map.of("points", List.of("x"), "proposedByForumId", Forums.demo("vasterbotten-dialoggruppen")))
                .statusCode(400)
                .body("errors.field", hasItem("proposedByForumId"));
        // Another county's coordinator cannot decide Västmanland's priority, not even through their own forum.
        String vgForum = Forums.demo("vg-regionala-samradet");
        decide(
                        COORDINATOR_VASTRA_GOTALAND,
                        point(COORDINATOR_VASTRA_GOTALAND, vgForum, YESTERDAY),
                        decision("ADOPTED", "PRIORITY", priority.id()))
                .statusCode(400)
                .body("errors.field", hasItem("effects[0].subjectId"));
    }

    @Test
    void aDecisionAdoptsAnAgreementOnceThenTheAgreementsRuleRefusesIt() {
        String agreement = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(MEETINGS + "/"
                        + point(COORDINATOR_VASTMANLAND, council, YESTERDAY).meeting() + "/decision-subjects")
                .then()
                .statusCode(200)
                .body("find { it.subjectId == '" + agreement + "' }.kind", equalTo("AGREEMENT_ADOPTION"));
        Point point = point(COORDINATOR_VASTMANLAND, council, YESTERDAY);
        decide(COORDINATOR_VASTMANLAND, point, decision("ADOPTED", "AGREEMENT_ADOPTION", agreement))
                .statusCode(201)
                .body("effects[0].kind", equalTo("AGREEMENT_ADOPTION"));
        agreement(agreement).body("status", equalTo("ADOPTED")).body("adoptedOn", equalTo(YESTERDAY.toString()));
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, council, YESTERDAY),
                        decision("ADOPTED", "AGREEMENT_ADOPTION", agreement)),
                "transition-not-allowed");
        // A decision that names the same subject twice is refused before anything changes.
        Map<String, Object> twice = decision("ADOPTED", null, null);
        twice.put(
                "effects",
                List.of(
                        Map.of("kind", "AGREEMENT_ADOPTION", "subjectId", agreement),
                        Map.of("kind", "AGREEMENT_ADOPTION", "subjectId", agreement)));
        decide(COORDINATOR_VASTMANLAND, point, twice)
                .statusCode(400)
                .body("errors.field", hasItem("effects[1].subjectId"));
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + point.meeting() + "/decision-subjects")
                .then()
                .statusCode(401);
        MEMBER_VASTERAS
                .request()
                .get(MEETINGS + "/" + point.meeting() + "/decision-subjects")
                .then()
                .statusCode(403);
    }

    @Test
    void aDecisionWithSeveralEffectsAppliesThemAllOrNone() {
        Chain chain = chain();
        Priority priority = propose(chain.preparing());
        String unready = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String ready = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Point point = point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY);
        Map<String, Object> both = decision("ADOPTED", null, null);

        // The second effect is blocked by the agreement's rule: the first is not applied, no decision is stored.
        both.put(
                "effects",
                List.of(
                        Map.of("kind", "PRIORITY", "subjectId", priority.id()),
                        Map.of("kind", "AGREEMENT_ADOPTION", "subjectId", unready)));
        assertRule(decide(COORDINATOR_VASTMANLAND, point, both), "adoption-needs-two-parties");
        agreement(priority.agreement())
                .body("goalAreas[0].priorities[0].status", equalTo("PROPOSED"))
                .body("goalAreas[0].priorities[0].decision", nullValue());
        agreement(unready).body("status", equalTo("DRAFT"));
        COORDINATOR_VASTMANLAND
                .request()
                .get(MEETINGS + "/" + point.meeting() + "/minutes")
                .then()
                .statusCode(200)
                .body("items[0].decisions", hasSize(0));

        // Both can change: both are applied, in the order given, and each links back to the one decision.
        both.put(
                "effects",
                List.of(
                        Map.of("kind", "PRIORITY", "subjectId", priority.id()),
                        Map.of("kind", "AGREEMENT_ADOPTION", "subjectId", ready)));
        String decisionId = decide(COORDINATOR_VASTMANLAND, point, both)
                .statusCode(201)
                .body("effects.kind", contains("PRIORITY", "AGREEMENT_ADOPTION"))
                .body("effects.subjectId", contains(priority.id(), ready))
                .extract()
                .path("id");
        agreement(priority.agreement())
                .body("goalAreas[0].priorities[0].status", equalTo("DECIDED"))
                .body("goalAreas[0].priorities[0].decision.decisionId", equalTo(decisionId));
        agreement(ready).body("status", equalTo("ADOPTED")).body("adoptionDecision.decisionId", equalTo(decisionId));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    /** The migration that fills in the adopting decision of agreements adopted by a decision before it was stored. */
    private static String backfill() throws Exception {
        java.nio.file.Path migrations = java.nio.file.Path.of(Thread.currentThread()
                .getContextClassLoader()
                .getResource("db/migration")
                .toURI());
        try (var files = java.nio.file.Files.list(migrations)) {
            java.nio.file.Path script = files.filter(
                            f -> f.getFileName().toString().endsWith("__adoption_decision_backfill.sql"))
                    .findFirst()
                    .orElseThrow();
            return java.nio.file.Files.readString(script);
        }
    }

    @Test
    void anAdoptionDecidedBeforeTheLinkWasStoredIsLinkedByTheBackfillAndNothingElseIs() throws Exception {
        String byDecision = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String direct = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, direct, "ADOPTED").statusCode(200);
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String decisionId = decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, council, YESTERDAY),
                        decision("ADOPTED", "AGREEMENT_ADOPTION", byDecision))
                .statusCode(201)
                .extract()
                .path("id");
        // As stored before the agreement named its adopting decision (only the decision's effect named it).
        try (var connection = dataSource.getConnection();
                var forget = connection.prepareStatement(
                        "update agreement set adoption_decision_id = null where id = ?::uuid")) {
            forget.setString(1, byDecision);
            assertEquals(1, forget.executeUpdate());
        }
        agreement(byDecision).body("adoptionDecision", nullValue());
        String etag = Forums.etag(Agreements.PATH + "/" + byDecision);

        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(backfill());
        }
        agreement(byDecision)
                .body("status", equalTo("ADOPTED"))
                .body("adoptionDecision.decisionId", equalTo(decisionId));
        agreement(direct).body("adoptionDecision", nullValue());
        // Only a link the decision implied is stored: the agreement's version (its ETag) stays.
        assertEquals(etag, Forums.etag(Agreements.PATH + "/" + byDecision));
    }

    @Test
    void aDecisionApprovesACompiledFollowUpRoundOnceAndTheRoundNamesIt() {
        se.samverkan.support.FollowUps.TestRound round = se.samverkan.support.FollowUps.openRound();
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        Point point = point(COORDINATOR_VASTMANLAND, council, YESTERDAY);
        // An open round is not approved: the round's rule refuses the decision, which is not stored.
        assertRule(
                decide(COORDINATOR_VASTMANLAND, point, decision("ADOPTED", "FOLLOW_UP_APPROVAL", round.id())),
                "approve-needs-compiled");
        se.samverkan.support.FollowUps.allAccepted(round, "ON_TRACK", "PARTLY", "NOT_ON_TRACK", "NOT_ASSESSED");
        se.samverkan.support.FollowUps.roundStep(COORDINATOR_VASTMANLAND, round.id(), "compile")
                .statusCode(200);
        decide(MEMBER_VASTERAS, point, decision("ADOPTED", "FOLLOW_UP_APPROVAL", round.id()))
                .statusCode(403);
        String decisionId = decide(
                        COORDINATOR_VASTMANLAND, point, decision("ADOPTED", "FOLLOW_UP_APPROVAL", round.id()))
                .statusCode(201)
                .body("effects[0].kind", equalTo("FOLLOW_UP_APPROVAL"))
                .body("effects[0].subjectId", equalTo(round.id()))
                .extract()
                .path("id");
        String councilName =
                ADMIN.request().get(PATH + "/" + council).then().extract().path("name");
        COORDINATOR_VASTMANLAND
                .request()
                .get(se.samverkan.support.FollowUps.ROUNDS + "/" + round.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(councilName))
                .body("approvedOn", equalTo(YESTERDAY.toString()))
                .body("approvalDecision.decisionId", equalTo(decisionId))
                .body("approvalDecision.paragraph", equalTo(1));
        // Exactly once: a second decision is refused by the round's rule.
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        point(COORDINATOR_VASTMANLAND, council, YESTERDAY),
                        decision("ADOPTED", "FOLLOW_UP_APPROVAL", round.id())),
                "approved-is-final");
    }

    @Test
    void twoMeetingsDecidingTheSameProposalAtOnceOneWins() throws Exception {
        Chain chain = chain();
        Priority priority = propose(chain.preparing());
        Point first = point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY);
        Point second = point(COORDINATOR_VASTMANLAND, chain.council(), YESTERDAY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> deciders = new ArrayList<>();
            for (Point point : List.of(first, second)) {
                deciders.add(
                        () -> decide(COORDINATOR_VASTMANLAND, point, decision("ADOPTED", "PRIORITY", priority.id()))
                                .extract()
                                .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(deciders)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one decider wins: " + statuses);
            assertTrue(
                    statuses.stream().allMatch(s -> s == 201 || s == 409 || s == 412),
                    "the other is refused: " + statuses);
        } finally {
            pool.shutdown();
        }
        agreement(priority.agreement()).body("goalAreas[0].priorities[0].status", equalTo("DECIDED"));
        // Exactly one decision holds the effect.
        int effects = 0;
        for (Point point : List.of(first, second)) {
            effects += ADMIN.request()
                    .get(MEETINGS + "/" + point.meeting() + "/minutes")
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("items.decisions.flatten().effects.flatten()")
                    .size();
        }
        assertEquals(1, effects);
    }

    @Test
    void everyNewMeetingStartsWithTheForumsStandingPoints() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String before = Forums.createMeeting(COORDINATOR_VASTMANLAND, forum, YESTERDAY);
        String standing = MEETINGS.replace("meetings", "forums") + "/" + forum + "/standing-items";
        Map<String, Object> follow = new HashMap<>();
        follow.put("title", "RÖK – avstämning och uppföljning");
        follow.put("kind", "STANDING_FOLLOW_UP");
        follow.put("agreementId", Agreements.VASTMANLAND_ROK);
        String followId = COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(follow)
                .post(standing)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("position", equalTo(1))
                .extract()
                .path("id");
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Aktuellt från Länsstyrelsen", "kind", "STATUS_REPORT", "position", 1))
                .post(standing)
                .then()
                .statusCode(201)
                .body("position", equalTo(1));
        // A follow-up point names what it follows up.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Uppföljning", "kind", "STANDING_FOLLOW_UP"))
                .post(standing)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("agreementId"));
        MEMBER_VASTERAS
                .request()
                .contentType(ContentType.JSON)
                .body(follow)
                .post(standing)
                .then()
                .statusCode(403);
        ANONYMOUS
                .request()
                .contentType(ContentType.JSON)
                .body(follow)
                .post(standing)
                .then()
                .statusCode(401);
        ANONYMOUS
                .request()
                .get(standing)
                .then()
                .statusCode(200)
                .body("items.title", contains("Aktuellt från Länsstyrelsen", "RÖK – avstämning och uppföljning"))
                .body("editable", equalTo(false));

        String after = Forums.createMeeting(
                COORDINATOR_VASTMANLAND, forum, LocalDate.now().plusDays(14));
        ANONYMOUS
                .request()
                .get(MEETINGS + "/" + after)
                .then()
                .statusCode(200)
                .body("agenda.title", contains("Aktuellt från Länsstyrelsen", "RÖK – avstämning och uppföljning"))
                .body("agenda[1].kind", equalTo("STANDING_FOLLOW_UP"))
                .body("agenda[1].agreement.id", equalTo(Agreements.VASTMANLAND_ROK));
        // A meeting planned before keeps its own agenda.
        ANONYMOUS.request().get(MEETINGS + "/" + before).then().body("agenda", hasSize(0));

        // A stale change is refused; removing renumbers.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(follow)
                .put(standing + "/" + followId)
                .then()
                .statusCode(412);
        String etag = COORDINATOR_VASTMANLAND
                .request()
                .get(standing)
                .then()
                .extract()
                .jsonPath()
                .getString("items.find { it.id == '" + followId + "' }.version");
        COORDINATOR_VASTMANLAND
                .request()
                .header("If-Match", "\"" + etag + "\"")
                .delete(standing + "/" + followId)
                .then()
                .statusCode(204);
        ANONYMOUS.request().get(standing).then().body("items.title", contains("Aktuellt från Länsstyrelsen"));
    }

    @Test
    void aQuestionTravelsAlongThePreparationChainAtTheSameLevelKeepingItsTrail() {
        String rsg = Forums.demo("vastmanland-regionala-samverkansgruppen");
        String beredning = Forums.demo("vastmanland-beredningsgruppen");
        String council = Forums.demo("vastmanland-integrationsradet");
        Point point = point(COORDINATOR_VASTMANLAND, rsg, YESTERDAY);
        String item = Forums.handOut(
                COORDINATOR_VASTMANLAND,
                point.meeting(),
                point.item(),
                Forums.actionItem("Praktikplatser för nyanlända kvinnor", "vasteras-stad"));
        Forums.escalate(COORDINATOR_VASTMANLAND, item, beredning)
                .statusCode(409)
                .body("rule", equalTo("escalation-to-higher-level"));
        MEMBER_VASTERAS
                .request()
                .get(Forums.ITEMS + "/" + item)
                .then()
                .body("passAlongTo.id", equalTo(beredning))
                .body("permissions.passAlong", equalTo(false));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Forums.ITEMS + "/" + item)
                .then()
                .body("permissions.passAlong", equalTo(true));
        // Not past the next forum in the chain.
        assertRule(passAlong(COORDINATOR_VASTMANLAND, item, council), "pass-along-the-chain");
        passAlong(MEMBER_VASTERAS, item, beredning).statusCode(403);
        String atBeredning = passAlong(COORDINATOR_VASTMANLAND, item, beredning)
                .statusCode(201)
                .body("forum.id", equalTo(beredning))
                .body("raisedFrom.id", equalTo(item))
                .body("passAlongTo.id", equalTo(council))
                .extract()
                .path("id");
        assertRule(passAlong(COORDINATOR_VASTMANLAND, item, beredning), "already-raised");
        String atCouncil = passAlong(COORDINATOR_VASTMANLAND, atBeredning, council)
                .statusCode(201)
                .body("trail.forum.id", contains(rsg, beredning, council))
                .body("trail.raisedAs", contains(nullValue(), equalTo("PASSED_ALONG"), equalTo("PASSED_ALONG")))
                .extract()
                .path("id");
        // The council prepares for nothing: the item goes no further along the chain.
        assertRule(passAlong(COORDINATOR_VASTMANLAND, atCouncil, beredning), "pass-along-the-chain");
        ADMIN.request()
                .get(Forums.ITEMS + "/" + item)
                .then()
                .body("trail.id", contains(item, atBeredning, atCouncil))
                .body("raisedTo.id", contains(atBeredning));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Forums.ITEMS + "/" + item + "/history")
                .then()
                .body("summary", hasItem("Passed along to Beredningsgruppen"));
        // A stale If-Match is refused.
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("forumId", council))
                .post(Forums.ITEMS + "/" + atBeredning + "/passing")
                .then()
                .statusCode(412);
    }

    private static ValidatableResponse passAlong(DemoUser user, String item, String forum) {
        return user.request()
                .contentType(ContentType.JSON)
                .header("If-Match", Forums.etag(Forums.ITEMS + "/" + item))
                .body(Map.of("forumId", forum))
                .post(Forums.ITEMS + "/" + item + "/passing")
                .then();
    }
}
