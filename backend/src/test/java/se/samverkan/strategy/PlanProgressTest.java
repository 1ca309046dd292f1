package se.samverkan.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.strategy.PlanProgress.Item;
import se.samverkan.strategy.StrategyDtos.ProgressDto;

/** Progress and overdue against hand-computed values, with a fixed clock. */
class PlanProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void shareDoneCountsWhatIsNotCancelledRoundedDown() {
        ProgressDto progress = PlanProgress.of(
                List.of(
                        new Item(ActivityStatus.DONE, null),
                        new Item(ActivityStatus.DONE, LocalDate.of(2026, 1, 1)),
                        new Item(ActivityStatus.ONGOING, LocalDate.of(2026, 3, 9)),
                        new Item(ActivityStatus.PLANNED, LocalDate.of(2026, 3, 10)),
                        new Item(ActivityStatus.PLANNED, null),
                        new Item(ActivityStatus.CANCELLED, LocalDate.of(2025, 1, 1)),
                        new Item(ActivityStatus.ONGOING, LocalDate.of(2026, 4, 1))),
                TODAY);
        // 7 activities, 1 cancelled: 2 of 6 done = 33.3 % → 33; overdue: only the ongoing one due yesterday
        assertEquals(7, progress.total());
        assertEquals(2, progress.planned());
        assertEquals(2, progress.ongoing());
        assertEquals(2, progress.done());
        assertEquals(1, progress.cancelled());
        assertEquals(1, progress.overdue());
        assertEquals(33, progress.percentDone());
    }

    @Test
    void nothingLeftToCountHasNoShare() {
        assertNull(PlanProgress.of(List.of(), TODAY).percentDone());
        assertNull(PlanProgress.of(List.of(new Item(ActivityStatus.CANCELLED, null)), TODAY)
                .percentDone());
        assertEquals(
                100,
                PlanProgress.of(List.of(new Item(ActivityStatus.DONE, null)), TODAY)
                        .percentDone());
    }

    @Test
    void overdueIsCountedInSwedishTime() {
        PlanActivity activity = new PlanActivity();
        activity.status = ActivityStatus.ONGOING;
        activity.dueOn = LocalDate.of(2026, 3, 9);
        // 23:30 UTC on the 8th is already the 9th in Stockholm: due today, not overdue
        assertFalse(activity.overdue(Clock.fixed(Instant.parse("2026-03-08T23:30:00Z"), ZoneOffset.UTC)));
        // 23:30 UTC on the 9th is the 10th in Stockholm: overdue
        assertTrue(activity.overdue(Clock.fixed(Instant.parse("2026-03-09T23:30:00Z"), ZoneOffset.UTC)));
        activity.status = ActivityStatus.DONE;
        assertFalse(activity.overdue(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC)));
    }
}
