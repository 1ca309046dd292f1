package se.samverkan.strategy;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** A possible area of action (möjligt insatsområde) until the working group chooses it: then an area of action. */
public enum AreaStatus {
    POSSIBLE,
    CHOSEN;

    public enum Action {
        EDIT,
        SCORE,
        DELETE,
        CHOOSE,
        UNCHOOSE;

        public static Action toReach(AreaStatus target) {
            return target == CHOSEN ? CHOOSE : UNCHOOSE;
        }
    }

    public static final Lifecycle<AreaStatus, Action, StrategyArea> LIFECYCLE = Lifecycle.of(
                    AreaStatus.class, Action.class, (StrategyArea a) -> a.status)
            .action(Action.EDIT, EnumSet.allOf(AreaStatus.class), (s, a) -> null)
            .action(
                    Action.SCORE,
                    EnumSet.of(POSSIBLE),
                    (s, a) -> new Refusal("chosen-area-scored", text("strategy.chosen-area-scored", a.title)))
            .action(
                    Action.DELETE,
                    EnumSet.of(POSSIBLE),
                    (s, a) -> new Refusal("chosen-area-kept", text("strategy.chosen-area-kept", a.title)))
            .step(
                    Action.CHOOSE,
                    EnumSet.of(POSSIBLE),
                    CHOSEN,
                    (s, a) -> new Refusal("already-chosen", text("strategy.area-already-chosen", a.title)))
            .step(
                    Action.UNCHOOSE,
                    EnumSet.of(CHOSEN),
                    POSSIBLE,
                    (s, a) -> new Refusal("not-chosen", text("strategy.area-not-chosen", a.title)))
            .build();
}
