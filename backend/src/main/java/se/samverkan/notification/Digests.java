package se.samverkan.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import se.samverkan.common.time.Clocks;

/** When mail is due: at once, or at the next digest time (07:00 Swedish time; weekly on Mondays). */
public final class Digests {

    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    private Digests() {}

    public static Instant dueAt(Frequency frequency, Instant now) {
        ZonedDateTime local = now.atZone(Clocks.ZONE);
        ZonedDateTime at = local.with(DIGEST_TIME);
        switch (frequency) {
            case DAILY -> {
                if (!at.isAfter(local)) {
                    at = at.plusDays(1);
                }
                return at.toInstant();
            }
            case WEEKLY -> {
                at = at.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                if (!at.isAfter(local)) {
                    at = at.plusWeeks(1);
                }
                return at.toInstant();
            }
            default -> {
                return now;
            }
        }
    }
}
