package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** A phase of the process map: NOT_STARTED → ONGOING → DONE, and a done phase may be reopened. */
public enum PhaseStatus {
    NOT_STARTED,
    ONGOING,
    DONE;

    public enum Action {
        EDIT,
        DELETE,
        START,
        COMPLETE,
        REOPEN,
        /** Asked for directly: never, a phase that has begun keeps its history. */
        UNSTART;

        /** The action a requested status stands for, from the status the phase is in. */
        public static Action toReach(PhaseStatus target, PhaseStatus current) {
            return switch (target) {
                case NOT_STARTED -> UNSTART;
                case ONGOING -> current == DONE ? REOPEN : START;
                case DONE -> COMPLETE;
            };
        }
    }

    public static final Lifecycle<PhaseStatus, Action, StrategyPhase> LIFECYCLE = Lifecycle.of(
                    PhaseStatus.class, Action.class, (StrategyPhase p) -> p.status)
            .action(Action.EDIT, EnumSet.allOf(PhaseStatus.class), (s, p) -> null)
            .action(
                    Action.DELETE,
                    EnumSet.of(NOT_STARTED),
                    (s, p) -> new Refusal("started-phase-kept", text("strategy.started-phase-kept", p.name, s)))
            .step(Action.START, EnumSet.of(NOT_STARTED), ONGOING, (s, p) -> transition(p, s, ONGOING))
            .step(Action.COMPLETE, EnumSet.of(ONGOING), DONE, (s, p) -> transition(p, s, DONE))
            .step(Action.REOPEN, EnumSet.of(DONE), ONGOING, (s, p) -> transition(p, s, ONGOING))
            .step(
                    Action.UNSTART,
                    Set.of(),
                    NOT_STARTED,
                    (s, p) -> new Refusal("phase-never-unstarted", text("strategy.phase-never-unstarted", p.name)))
            .build();

    private static Refusal transition(StrategyPhase phase, PhaseStatus from, PhaseStatus to) {
        return new Refusal(
                "transition-not-allowed", text("strategy.phase-transition-not-allowed", phase.name, from, to));
    }
}
