package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import java.util.Set;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/** A meeting's minutes: UNPUBLISHED (the meeting, agenda, minutes and decisions change) → PUBLISHED (final). */
public enum MinutesState {
    UNPUBLISHED,
    PUBLISHED;

    public enum Action {
        /** The meeting, its agenda, minutes and decisions. */
        EDIT,
        DELETE,
        PUBLISH
    }

    private static final Set<MinutesState> ONLY_UNPUBLISHED = EnumSet.of(UNPUBLISHED);

    public static final Lifecycle<MinutesState, Action, Meeting> LIFECYCLE = Lifecycle.of(
                    MinutesState.class, Action.class, Meeting::minutesState)
            .action(Action.EDIT, ONLY_UNPUBLISHED, MinutesState::published)
            .action(Action.DELETE, ONLY_UNPUBLISHED, MinutesState::published)
            .step(
                    Action.PUBLISH,
                    ONLY_UNPUBLISHED,
                    PUBLISHED,
                    (s, m) -> new Refusal(
                            "minutes-already-published", text("forum.minutes-already-published", m.minutesPublishedAt)))
            .build();

    private static Refusal published(MinutesState state, Meeting meeting) {
        return new Refusal("minutes-published", text("forum.minutes-published"));
    }
}
