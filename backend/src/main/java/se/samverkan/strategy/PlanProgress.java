package se.samverkan.strategy;

import java.time.LocalDate;
import java.util.Collection;
import se.samverkan.strategy.StrategyDtos.ProgressDto;

/**
 * How far a set of activities has come: counts by status, how many are overdue, and the share done of those not
 * cancelled (a cancelled activity is no longer part of the plan), rounded down to whole percent.
 */
public final class PlanProgress {

    /** What progress needs of an activity. */
    public record Item(ActivityStatus status, LocalDate dueOn) {}

    private PlanProgress() {}

    public static ProgressDto of(Collection<Item> items, LocalDate today) {
        int planned = 0;
        int ongoing = 0;
        int done = 0;
        int cancelled = 0;
        int overdue = 0;
        for (Item item : items) {
            switch (item.status()) {
                case PLANNED -> planned++;
                case ONGOING -> ongoing++;
                case DONE -> done++;
                case CANCELLED -> cancelled++;
            }
            if (PlanActivity.isOverdue(item.status(), item.dueOn(), today)) {
                overdue++;
            }
        }
        int counted = items.size() - cancelled;
        Integer percent = counted == 0 ? null : done * 100 / counted;
        return new ProgressDto(items.size(), planned, ongoing, done, cancelled, overdue, percent);
    }
}
