package se.samverkan.strategy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTRA_GOTALAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Strategies.etagOf;
import static se.samverkan.support.Strategies.phase;
import static se.samverkan.support.Strategies.point;
import static se.samverkan.support.Strategies.post;
import static se.samverkan.support.Strategies.put;
import static se.samverkan.support.Strategies.status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;
import se.samverkan.support.Strategies;

/**
 * Decisions that take effect on the strategy process (issue 14): a meeting decision completes a phase of the process
 * map and adopts a sub-strategy, exactly once, refused with the rule when the subject cannot change; the phase and the
 * agreement link to the decision, the decision names what it changed.
 */
@QuarkusTest
class StrategyDecisionsTest {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    private record Point(String meeting, String item) {}

    private static Point agendaPoint(DemoUser user, String forum) {
        String meeting = Forums.createMeeting(user, forum, YESTERDAY);
        return new Point(meeting, Forums.addAgendaItem(user, meeting, "Strategiarbetet", "DECISION"));
    }

    private static ValidatableResponse decide(DemoUser user, Point point, String kind, String subjectId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Rådet beslutade enligt förslaget");
        body.put("outcome", "ADOPTED");
        body.put("subject", "OTHER");
        body.put("effects", List.of(Map.of("kind", kind, "subjectId", subjectId)));
        return user.request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(MEETINGS + "/" + point.meeting() + "/agenda-items/" + point.item() + "/decisions")
                .then();
    }

    private static ValidatableResponse subjects(DemoUser user, Point point) {
        return user.request()
                .get(MEETINGS + "/" + point.meeting() + "/decision-subjects")
                .then()
                .statusCode(200);
    }

    private static void assertRule(ValidatableResponse response, String rule) {
        response.statusCode(409).contentType("application/problem+json").body("rule", equalTo(rule));
    }

    private static ValidatableResponse processMap(String agreement) {
        return COORDINATOR_VASTMANLAND
                .request()
                .get(Strategies.process(agreement))
                .then()
                .statusCode(200);
    }

    @Test
    void aDecisionCompletesAnOngoingPhaseOnceAndThePhaseNamesTheDecision() {
        String agreement = Agreements.create(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));
        String phases = Strategies.process(agreement) + "/phases";
        ValidatableResponse created = post(
                        COORDINATOR_VASTMANLAND,
                        phases,
                        phase("Förankring", List.of(point("Förankring i rådet", false))))
                .statusCode(201);
        String phaseId = created.extract().path("id");
        String path = phases + "/" + phaseId;
        String notStarted = post(COORDINATOR_VASTMANLAND, phases, phase("Lansering", List.of()))
                .statusCode(201)
                .extract()
                .path("id");

        // Not started: a decision does not skip a step.
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        agendaPoint(COORDINATOR_VASTMANLAND, council),
                        "PHASE_COMPLETION",
                        phaseId),
                "transition-not-allowed");
        ValidatableResponse started = status(COORDINATOR_VASTMANLAND, path, etagOf(created), "ONGOING")
                .statusCode(200);

        // Ongoing with a point not done: not offered, and refused with the rule.
        Point point = agendaPoint(COORDINATOR_VASTMANLAND, council);
        subjects(COORDINATOR_VASTMANLAND, point).body("subjectId", not(hasItem(phaseId)));
        assertRule(decide(COORDINATOR_VASTMANLAND, point, "PHASE_COMPLETION", phaseId), "open-checkpoints");
        processMap(agreement).body("phases[0].status", equalTo("ONGOING"));

        // The phase began today: yesterday's meeting did not complete it.
        Map<String, Object> done = phase("Förankring", List.of(point("Förankring i rådet", true)));
        ValidatableResponse checked =
                put(COORDINATOR_VASTMANLAND, path, etagOf(started), done).statusCode(200);
        assertRule(decide(COORDINATOR_VASTMANLAND, point, "PHASE_COMPLETION", phaseId), "decision-before-phase-start");
        done.put("actualStart", YESTERDAY.minusDays(30).toString());
        checked = put(COORDINATOR_VASTMANLAND, path, etagOf(checked), done).statusCode(200);
        subjects(COORDINATOR_VASTMANLAND, point)
                .body("find { it.subjectId == '" + phaseId + "' }.kind", equalTo("PHASE_COMPLETION"))
                .body("find { it.subjectId == '" + phaseId + "' }.agreementId", equalTo(agreement));
        // A member does not record decisions; another county's forum does not decide this county's phase.
        decide(MEMBER_VASTERAS, point, "PHASE_COMPLETION", phaseId).statusCode(403);
        decide(
                        COORDINATOR_VASTRA_GOTALAND,
                        agendaPoint(COORDINATOR_VASTRA_GOTALAND, Forums.demo("vg-regionala-samradet")),
                        "PHASE_COMPLETION",
                        phaseId)
                .statusCode(400)
                .body("errors.field", hasItem("effects[0].subjectId"));
        // A subject that is no phase is named as the field in error.
        decide(COORDINATOR_VASTMANLAND, point, "PHASE_COMPLETION", agreement)
                .statusCode(400)
                .body("errors.field", hasItem("effects[0].subjectId"));

        String decisionId = decide(COORDINATOR_VASTMANLAND, point, "PHASE_COMPLETION", phaseId)
                .statusCode(201)
                .body("effects", hasSize(1))
                .body("effects[0].kind", equalTo("PHASE_COMPLETION"))
                .body("effects[0].subjectId", equalTo(phaseId))
                .body("effects[0].agreementId", equalTo(agreement))
                .body("effects[0].label", org.hamcrest.Matchers.endsWith(": Förankring"))
                .extract()
                .path("id");
        String etag = processMap(agreement)
                .body("phases[0].status", equalTo("DONE"))
                .body("phases[0].actualEnd", equalTo(YESTERDAY.toString()))
                .body("phases[0].completionDecision.decisionId", equalTo(decisionId))
                .body("phases[0].completionDecision.meetingId", equalTo(point.meeting()))
                .body("phases[0].completionDecision.paragraph", equalTo(1))
                .body("phases[0].permissions.statusChanges", hasSize(0))
                .body("phases[1].completionDecision", nullValue())
                .extract()
                .path("phases[0].version")
                .toString();

        // Exactly once: a second decision is refused by the phase's rule, and the decided phase is not reopened.
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        agendaPoint(COORDINATOR_VASTMANLAND, council),
                        "PHASE_COMPLETION",
                        phaseId),
                "transition-not-allowed");
        assertRule(status(COORDINATOR_VASTMANLAND, path, "\"" + etag + "\"", "ONGOING"), "phase-completed-by-decision");
        processMap(agreement)
                .body("phases[0].status", equalTo("DONE"))
                .body("phases[1].status", equalTo("NOT_STARTED"));
        subjects(COORDINATOR_VASTMANLAND, point).body("subjectId", not(hasItem(notStarted)));
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + agreement + "/history")
                .then()
                .statusCode(200)
                .body(
                        "summary",
                        hasItem(org.hamcrest.Matchers.startsWith("Phase Förankring is DONE by a decision of")));
    }

    @Test
    void aSubStrategyIsAdoptedByDecisionOnceAfterItsOverallStrategyAndBothLink() {
        Map<String, Object> overallInput = Agreements.input("19");
        overallInput.put("kind", "STRATEGY");
        String overall = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, overallInput);
        Map<String, Object> subInput = Agreements.input("19");
        subInput.put("kind", "STRATEGY");
        subInput.put("parentAgreementId", overall);
        String sub = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, subInput);
        String council = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "REGIONAL"));

        Point point = agendaPoint(COORDINATOR_VASTMANLAND, council);
        subjects(COORDINATOR_VASTMANLAND, point)
                .body("find { it.subjectId == '" + overall + "' }.kind", equalTo("AGREEMENT_ADOPTION"))
                .body("subjectId", not(hasItem(sub)));
        // Before its overall strategy is adopted, the sub-strategy is not.
        assertRule(
                decide(COORDINATOR_VASTMANLAND, point, "SUB_STRATEGY_ADOPTION", sub),
                "sub-strategy-after-overall-strategy");
        // A sub-strategy is adopted as one; the overall strategy is no sub-strategy.
        decide(COORDINATOR_VASTMANLAND, point, "AGREEMENT_ADOPTION", sub)
                .statusCode(400)
                .body("errors.field", hasItem("effects[0].subjectId"));
        decide(COORDINATOR_VASTMANLAND, point, "SUB_STRATEGY_ADOPTION", overall)
                .statusCode(400)
                .body("errors.field", hasItem("effects[0].subjectId"));

        String adopting = decide(COORDINATOR_VASTMANLAND, point, "AGREEMENT_ADOPTION", overall)
                .statusCode(201)
                .extract()
                .path("id");
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + overall)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("adoptionDecision.decisionId", equalTo(adopting))
                .body("adoptionDecision.meetingId", equalTo(point.meeting()));

        Point second = agendaPoint(COORDINATOR_VASTMANLAND, council);
        subjects(COORDINATOR_VASTMANLAND, second)
                .body("find { it.subjectId == '" + sub + "' }.kind", equalTo("SUB_STRATEGY_ADOPTION"));
        decide(MEMBER_VASTERAS, second, "SUB_STRATEGY_ADOPTION", sub).statusCode(403);
        String decisionId = decide(COORDINATOR_VASTMANLAND, second, "SUB_STRATEGY_ADOPTION", sub)
                .statusCode(201)
                .body("effects[0].kind", equalTo("SUB_STRATEGY_ADOPTION"))
                .body("effects[0].agreementId", equalTo(sub))
                .extract()
                .path("id");
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + sub)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("adoptedOn", equalTo(YESTERDAY.toString()))
                .body("adoptionDecision.decisionId", equalTo(decisionId))
                .body("adoptionDecision.paragraph", equalTo(1));
        // Exactly once.
        assertRule(
                decide(
                        COORDINATOR_VASTMANLAND,
                        agendaPoint(COORDINATOR_VASTMANLAND, council),
                        "SUB_STRATEGY_ADOPTION",
                        sub),
                "transition-not-allowed");
        // An agreement adopted directly names no decision.
        String direct = Agreements.adoptableDraft(COORDINATOR_VASTMANLAND, Agreements.input("19"));
        Agreements.changeStatus(COORDINATOR_VASTMANLAND, direct, "ADOPTED").statusCode(200);
        COORDINATOR_VASTMANLAND
                .request()
                .get(Agreements.PATH + "/" + direct)
                .then()
                .body("adoptionDecision", nullValue());
    }
}
