package se.samverkan.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the application, in Swedish time. Every rule that depends on the time (agreement expiry, overdue
 * action items, minutes after the meeting, deadlines) takes it by injection, so tests can fix it.
 */
public final class Clocks {

    /** Dates (deadlines, meeting days, validity) are Swedish dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Clocks() {}

    /** PostgreSQL keeps microseconds: truncate so what we answer equals what a later read returns. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The CDI producer: the system clock in Swedish time. */
    @Singleton
    public static class Producer {

        @Produces
        @Singleton
        Clock clock() {
            return Clock.system(ZONE);
        }
    }
}
