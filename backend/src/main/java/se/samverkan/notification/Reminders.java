package se.samverkan.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jboss.logging.Logger;
import se.samverkan.common.cluster.ScheduledRuns;
import se.samverkan.common.time.Clocks;

/**
 * Deadline reminders, once a day (the injected clock decides what "today" is): a follow-up round's deadline in 7
 * days, in 1 day, and overdue; a status report due within 3 days; an action item due within 7 days, and overdue;
 * an open survey closing within 7 days, to the asked organisations that have not submitted. Each
 * reminder is sent once: its key (event, thing, deadline) goes into reminder_sent, and only the insert that wins
 * publishes, also with several API instances. A day the job missed is caught up by the windows.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** A survey's organisations that have not submitted hear this many days before it closes. */
    static final int SURVEY_REMINDER_DAYS = 7;

    @Inject
    EntityManager em;

    @Inject
    Announcements announcements;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Scheduled(
            cron = "${samverkan.notifications.reminders-cron}",
            timeZone = "Europe/Stockholm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        LocalDate today = Clocks.today(clock);
        if (!runs.claim("deadline-reminders", today.toString())) {
            return; // another instance sends today's reminders
        }
        int sent = run(today);
        LOG.debugf("deadline reminders: %d", sent);
    }

    /** Sends what is due on {@code today}; returns how many reminders went out. */
    @Transactional
    public int run(LocalDate today) {
        return remind(
                        "select id, deadline from follow_up_round where status = 'OPEN' and deadline is not null"
                                + " and deadline <= cast(:horizon as date)",
                        today.plusDays(7),
                        deadline -> deadline.isBefore(today)
                                ? Event.FOLLOW_UP_OVERDUE
                                : deadline.minusDays(1).isAfter(today) ? Event.FOLLOW_UP_DUE_7 : Event.FOLLOW_UP_DUE_1,
                        announcements::followUpReminder)
                + remind(
                        "select id, due_on from status_report where status = 'OPEN' and due_on is not null"
                                + " and due_on <= cast(:horizon as date) and due_on >= cast(:horizon as date) - 3",
                        today.plusDays(3),
                        due -> due.isBefore(today) ? null : Event.STATUS_REPORT_REMINDER,
                        (id, event) -> announcements.statusReportReminder(id))
                + remind(
                        "select id, due_on from action_item where status in ('OPEN', 'IN_PROGRESS')"
                                + " and due_on is not null and due_on <= cast(:horizon as date)",
                        today.plusDays(7),
                        // due today: neither "in 7 days" nor overdue yet
                        due -> due.isBefore(today)
                                ? Event.ACTION_OVERDUE
                                : due.isAfter(today) ? Event.ACTION_DUE_7 : null,
                        announcements::actionReminder)
                + remind(
                        "select id, closes_on from survey where status = 'OPEN' and closes_on <= cast(:horizon as date)",
                        today.plusDays(SURVEY_REMINDER_DAYS),
                        closes -> closes.isBefore(today) ? null : Event.SURVEY_REMINDER,
                        (id, event) -> announcements.surveyReminder(id));
    }

    /**
     * One kind of reminder: the rows (id, date) the query finds up to {@code horizon}, the event each date calls for
     * (null: none yet), sent once per event, thing and date.
     */
    private int remind(
            String sql, LocalDate horizon, Function<LocalDate, Event> eventFor, BiConsumer<UUID, Event> announce) {
        int sent = 0;
        for (Object[] row : rows(sql, horizon)) {
            UUID id = (UUID) row[0];
            LocalDate date = Announcements.date(row[1]);
            Event event = eventFor.apply(date);
            if (event != null && once(event, id, date)) {
                announce.accept(id, event);
                sent++;
            }
        }
        return sent;
    }

    /** True for the first caller only (per event, thing and deadline). */
    private boolean once(Event event, UUID id, LocalDate deadline) {
        return em.createNativeQuery(
                                """
                        insert into reminder_sent (reminder_key, created_at) values (:key, now())
                        on conflict do nothing
                        """)
                        .setParameter("key", event.key() + ":" + id + ":" + deadline)
                        .executeUpdate()
                == 1;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate horizon) {
        return em.createNativeQuery(sql)
                .setParameter("horizon", horizon.toString())
                .getResultList();
    }
}
