package se.samverkan.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.ProblemException;

/** The transition tables of a follow-up round and of an assessment, without booting Quarkus. */
class FollowUpLifecyclesTest {

    private static FollowUpRound round(RoundStatus status) {
        FollowUpRound round = new FollowUpRound();
        round.status = status;
        round.year = 2025;
        return round;
    }

    private static Assessment assessment(AssessmentState state) {
        Assessment assessment = new Assessment();
        assessment.state = state;
        return assessment;
    }

    private static String refusal(Runnable check) {
        return assertThrows(ProblemException.class, check::run).rule();
    }

    @Test
    void aRoundIsWorkedOnWhileOpenCompiledThenApproved() {
        var lifecycle = RoundStatus.LIFECYCLE;
        assertEquals(
                List.of(
                        RoundStatus.Action.EDIT,
                        RoundStatus.Action.DELETE,
                        RoundStatus.Action.CHANGE_ASSESSMENTS,
                        RoundStatus.Action.COMPILE),
                lifecycle.allowedIn(RoundStatus.OPEN));
        assertEquals(List.of(RoundStatus.Action.APPROVE), lifecycle.allowedIn(RoundStatus.COMPILED));
        assertEquals(List.of(), lifecycle.allowedIn(RoundStatus.APPROVED));
        assertEquals(RoundStatus.COMPILED, lifecycle.next(round(RoundStatus.OPEN), RoundStatus.Action.COMPILE));
        assertEquals(RoundStatus.APPROVED, lifecycle.next(round(RoundStatus.COMPILED), RoundStatus.Action.APPROVE));
    }

    @Test
    void aRoundRefusesByNamedRules() {
        var lifecycle = RoundStatus.LIFECYCLE;
        assertEquals(
                "round-closed", refusal(() -> lifecycle.check(round(RoundStatus.COMPILED), RoundStatus.Action.EDIT)));
        assertEquals(
                "approve-needs-compiled",
                refusal(() -> lifecycle.check(round(RoundStatus.OPEN), RoundStatus.Action.APPROVE)));
        FollowUpRound approved = round(RoundStatus.APPROVED);
        approved.approvedBy = "Samverkansrådet";
        ProblemException finalRound =
                assertThrows(ProblemException.class, () -> lifecycle.check(approved, RoundStatus.Action.DELETE));
        assertEquals("approved-is-final", finalRound.rule());
        assertEquals(
                "The report of 2025 was approved by Samverkansrådet; an approved round is not changed",
                se.samverkan.common.problem.ProblemLocalisationProbe.english(finalRound));
        assertEquals(
                "approved-is-final",
                refusal(() -> lifecycle.check(round(RoundStatus.APPROVED), RoundStatus.Action.APPROVE)));
        ProblemException assessments = assertThrows(
                ProblemException.class,
                () -> lifecycle.check(round(RoundStatus.COMPILED), RoundStatus.Action.CHANGE_ASSESSMENTS));
        assertEquals(
                "The follow-up round is COMPILED; its assessments are no longer changed",
                se.samverkan.common.problem.ProblemLocalisationProbe.english(assessments));
    }

    @Test
    void aRoundRecordedFromAPublishedDocumentIsPublicAndNeverChanged() {
        var rounds = RoundStatus.LIFECYCLE;
        assertEquals(List.of(), rounds.allowedIn(RoundStatus.RECORDED));
        for (RoundStatus.Action action : RoundStatus.Action.values()) {
            assertEquals("recorded-from-source", refusal(() -> rounds.check(round(RoundStatus.RECORDED), action)));
        }
        var assessments = AssessmentState.LIFECYCLE;
        assertEquals(List.of(), assessments.allowedIn(AssessmentState.RECORDED));
        for (AssessmentState.Action action : AssessmentState.Action.values()) {
            assertEquals(
                    "recorded-from-source",
                    refusal(() -> assessments.check(assessment(AssessmentState.RECORDED), action)));
        }
        assertEquals(true, RoundStatus.RECORDED.isPublic());
        assertEquals(false, RoundStatus.COMPILED.isPublic());
        assertEquals(true, AssessmentState.RECORDED.inReport());
        assertEquals(false, AssessmentState.SUBMITTED.inReport());
    }

    @Test
    void anAssessmentIsWrittenSubmittedAndReviewed() {
        var lifecycle = AssessmentState.LIFECYCLE;
        assertEquals(
                AssessmentState.DRAFT,
                lifecycle.next(assessment(AssessmentState.NOT_STARTED), AssessmentState.Action.SAVE));
        assertEquals(
                AssessmentState.DRAFT, lifecycle.next(assessment(AssessmentState.DRAFT), AssessmentState.Action.SAVE));
        // Saving a returned assessment keeps it RETURNED until it is submitted again.
        assertEquals(
                AssessmentState.RETURNED,
                lifecycle.next(assessment(AssessmentState.RETURNED), AssessmentState.Action.SAVE));
        assertEquals(
                AssessmentState.SUBMITTED,
                lifecycle.next(assessment(AssessmentState.RETURNED), AssessmentState.Action.SUBMIT));
        assertEquals(
                AssessmentState.RETURNED,
                lifecycle.next(assessment(AssessmentState.SUBMITTED), AssessmentState.Action.RETURN));
        assertEquals(
                AssessmentState.ACCEPTED,
                lifecycle.next(assessment(AssessmentState.SUBMITTED), AssessmentState.Action.ACCEPT));
        assertEquals(List.of(), lifecycle.allowedIn(AssessmentState.ACCEPTED));
    }

    @Test
    void anAssessmentRefusesByNamedRules() {
        var lifecycle = AssessmentState.LIFECYCLE;
        assertEquals(
                "submitted-awaits-review",
                refusal(() -> lifecycle.check(assessment(AssessmentState.SUBMITTED), AssessmentState.Action.SAVE)));
        assertEquals(
                "accepted-is-final",
                refusal(() -> lifecycle.check(assessment(AssessmentState.ACCEPTED), AssessmentState.Action.SUBMIT)));
        assertEquals(
                "accepted-is-final",
                refusal(() -> lifecycle.check(assessment(AssessmentState.ACCEPTED), AssessmentState.Action.ACCEPT)));
        assertEquals(
                "only-submitted-can-be-reviewed",
                refusal(() -> lifecycle.check(assessment(AssessmentState.DRAFT), AssessmentState.Action.RETURN)));
    }

    @Test
    void aTaskIsOverdueTheDayAfterTheDeadlineUntilItIsHandedIn() {
        FollowUpRound round = round(RoundStatus.OPEN);
        round.deadline = java.time.LocalDate.of(2026, 3, 31);
        Assessment draft = assessment(AssessmentState.DRAFT);
        assertEquals(false, round.isOverdue(draft, java.time.LocalDate.of(2026, 3, 31)));
        assertEquals(true, round.isOverdue(draft, java.time.LocalDate.of(2026, 4, 1)));
        assertEquals(false, round.isOverdue(assessment(AssessmentState.SUBMITTED), java.time.LocalDate.of(2026, 4, 1)));
    }
}
