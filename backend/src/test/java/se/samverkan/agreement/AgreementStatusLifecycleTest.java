package se.samverkan.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.agreement.AgreementStatus.LIFECYCLE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.agreement.AgreementStatus.Action;
import se.samverkan.common.problem.ProblemException;

/** The agreement's transition table, without booting Quarkus. */
class AgreementStatusLifecycleTest {

    private static Agreement in(AgreementStatus status) {
        Agreement agreement = new Agreement();
        agreement.status = status;
        agreement.title = "Överenskommelse";
        agreement.lastYear = 2026;
        return agreement;
    }

    @Test
    void draftsAndConsultationsAreEditedAndDeletedNothingElse() {
        for (AgreementStatus status : AgreementStatus.values()) {
            boolean editable = status == AgreementStatus.DRAFT || status == AgreementStatus.CONSULTATION;
            assertEquals(editable, LIFECYCLE.allows(in(status), Action.EDIT), status.name());
            assertEquals(editable, LIFECYCLE.allows(in(status), Action.DELETE), status.name());
        }
        ProblemException refused =
                assertThrows(ProblemException.class, () -> LIFECYCLE.check(in(AgreementStatus.ADOPTED), Action.EDIT));
        assertEquals("adopted-is-final", refused.rule());
        assertEquals(
                "adopted-never-deleted",
                assertThrows(ProblemException.class, () -> LIFECYCLE.check(in(AgreementStatus.EXPIRED), Action.DELETE))
                        .rule());
    }

    @Test
    void eachStatusChangeHasItsSources() {
        assertEquals(
                List.of(
                        Action.EDIT,
                        Action.DELETE,
                        Action.SET_PRIORITIES,
                        Action.REMOVE_PRIORITY,
                        Action.TO_CONSULTATION,
                        Action.ADOPT),
                LIFECYCLE.allowedIn(AgreementStatus.DRAFT));
        assertEquals(
                List.of(
                        Action.EDIT,
                        Action.DELETE,
                        Action.SET_PRIORITIES,
                        Action.REMOVE_PRIORITY,
                        Action.BACK_TO_DRAFT,
                        Action.ADOPT),
                LIFECYCLE.allowedIn(AgreementStatus.CONSULTATION));
        assertEquals(
                List.of(Action.SET_PRIORITIES, Action.REMOVE_PRIORITY, Action.EXPIRE, Action.SUPERSEDE_BY_REVISION),
                LIFECYCLE.allowedIn(AgreementStatus.ADOPTED));
        assertEquals(
                List.of(Action.SET_PRIORITIES, Action.REMOVE_PRIORITY, Action.SUPERSEDE_BY_REVISION),
                LIFECYCLE.allowedIn(AgreementStatus.EXPIRED));
        assertEquals(List.of(), LIFECYCLE.allowedIn(AgreementStatus.SUPERSEDED));
    }

    @Test
    void aRequestedStatusLeadsThere() {
        for (AgreementStatus target : AgreementStatus.values()) {
            assertEquals(
                    target, AgreementStatus.reachedBy(Action.toReach(target)).orElseThrow());
        }
        assertEquals(
                AgreementStatus.SUPERSEDED, LIFECYCLE.next(in(AgreementStatus.EXPIRED), Action.SUPERSEDE_BY_REVISION));
    }

    @Test
    void refusalsNameTheRuleAndKeepTheirMessages() {
        ProblemException back = assertThrows(
                ProblemException.class, () -> LIFECYCLE.check(in(AgreementStatus.DRAFT), Action.BACK_TO_DRAFT));
        assertEquals("transition-not-allowed", back.rule());
        assertEquals(
                "An agreement in status DRAFT cannot move to DRAFT (only from CONSULTATION)",
                se.samverkan.common.problem.ProblemLocalisationProbe.english(back));
        assertEquals(
                "superseded-by-revision",
                assertThrows(
                                ProblemException.class,
                                () -> LIFECYCLE.check(in(AgreementStatus.ADOPTED), Action.SUPERSEDE))
                        .rule());
        ProblemException revision = assertThrows(
                ProblemException.class, () -> LIFECYCLE.check(in(AgreementStatus.DRAFT), Action.SUPERSEDE_BY_REVISION));
        assertEquals("revision-of-adopted-only", revision.rule());
        assertEquals(
                "Only an adopted or expired agreement can be superseded; \"Överenskommelse\" is DRAFT",
                se.samverkan.common.problem.ProblemLocalisationProbe.english(revision));
        assertEquals(
                "priorities-while-in-force",
                assertThrows(
                                ProblemException.class,
                                () -> LIFECYCLE.check(in(AgreementStatus.SUPERSEDED), Action.SET_PRIORITIES))
                        .rule());
    }

    @Test
    void thePeriodEndsWhenItsLastYearIsOverInSwedishTime() {
        Agreement agreement = in(AgreementStatus.ADOPTED);
        // 23:30 UTC on New Year's Eve is already 2027 in Stockholm.
        Clock newYearInStockholm = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        Clock newYearsEve = Clock.fixed(Instant.parse("2026-12-31T22:30:00Z"), ZoneOffset.UTC);
        assertTrue(agreement.periodEnded(newYearInStockholm));
        assertFalse(agreement.periodEnded(newYearsEve));
    }
}
