package se.samverkan.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.ProblemException;

/** The lifecycle tables of phases, areas of action and activities, and the current phase of a map. */
class StrategyLifecyclesTest {

    @Test
    void phasesStartCompleteAndReopenButNeverSkipOrGoBack() {
        StrategyPhase phase = phase(PhaseStatus.NOT_STARTED);
        assertEquals(PhaseStatus.ONGOING, PhaseStatus.LIFECYCLE.next(phase, PhaseStatus.Action.START));
        assertThrows(ProblemException.class, () -> PhaseStatus.LIFECYCLE.next(phase, PhaseStatus.Action.COMPLETE));
        phase.status = PhaseStatus.DONE;
        assertEquals(
                PhaseStatus.ONGOING,
                PhaseStatus.LIFECYCLE.next(phase, PhaseStatus.Action.toReach(PhaseStatus.ONGOING, PhaseStatus.DONE)));
        assertThrows(ProblemException.class, () -> PhaseStatus.LIFECYCLE.next(phase, PhaseStatus.Action.UNSTART));
        assertFalse(PhaseStatus.LIFECYCLE.allows(phase, PhaseStatus.Action.DELETE));
    }

    @Test
    void activitiesMoveOneStepAndReopenBackOneStep() {
        PlanActivity activity = new PlanActivity();
        activity.title = "Aktivitet";
        for (ActivityStatus from : ActivityStatus.values()) {
            for (ActivityStatus to : ActivityStatus.values()) {
                activity.status = from;
                ActivityStatus.Action action = ActivityStatus.Action.toReach(to, from);
                boolean allowed = ActivityStatus.LIFECYCLE.allows(activity, action);
                boolean expected =
                        switch (from) {
                            case PLANNED -> to == ActivityStatus.ONGOING || to == ActivityStatus.CANCELLED;
                            case ONGOING -> to != ActivityStatus.ONGOING;
                            case DONE -> to == ActivityStatus.ONGOING;
                            case CANCELLED -> to == ActivityStatus.PLANNED;
                        };
                assertEquals(expected, allowed, from + " → " + to);
                if (allowed) {
                    assertEquals(to, ActivityStatus.LIFECYCLE.next(activity, action), from + " → " + to);
                }
            }
        }
    }

    @Test
    void areasAreScoredWhilePossibleAndChosenOnce() {
        StrategyArea area = new StrategyArea();
        area.title = "Område";
        assertTrue(AreaStatus.LIFECYCLE.allows(area, AreaStatus.Action.SCORE));
        area.status = AreaStatus.CHOSEN;
        assertFalse(AreaStatus.LIFECYCLE.allows(area, AreaStatus.Action.SCORE));
        assertThrows(ProblemException.class, () -> AreaStatus.LIFECYCLE.check(area, AreaStatus.Action.CHOOSE));
        assertThrows(ProblemException.class, () -> AreaStatus.LIFECYCLE.check(area, AreaStatus.Action.DELETE));
    }

    @Test
    void theCurrentPhaseIsTheOngoingOneElseTheNextAfterTheDoneOnes() {
        StrategyPhase a = phase(PhaseStatus.DONE);
        StrategyPhase b = phase(PhaseStatus.NOT_STARTED);
        StrategyPhase c = phase(PhaseStatus.NOT_STARTED);
        assertEquals(b, ProcessService.current(List.of(a, b, c)));
        c.status = PhaseStatus.ONGOING;
        assertEquals(c, ProcessService.current(List.of(a, b, c)));
        b.status = PhaseStatus.DONE;
        c.status = PhaseStatus.DONE;
        assertNull(ProcessService.current(List.of(a, b, c)));
        assertEquals(a, ProcessService.current(List.of(phase(PhaseStatus.NOT_STARTED))) == null ? null : a);
    }

    private static StrategyPhase phase(PhaseStatus status) {
        StrategyPhase phase = new StrategyPhase();
        phase.name = "Fas";
        phase.status = status;
        return phase;
    }
}
