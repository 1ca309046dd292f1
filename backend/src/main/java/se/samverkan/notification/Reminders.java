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
import org.jboss.logging.Logger;
import se.samverkan.common.cluster.ScheduledRuns;
import se.samverkan.common.time.Clocks;

/**
 * Deadline reminders, once a day (the injected clock decides what "today" is): a follow-up round's deadline in 7
 * days, in 1 day, and overdue; a status report due within 3 days; an action item due within 7 days, and overdue. Each
 * reminder is sent once: its key (event, thing, deadline) goes into reminder_sent, and only the insert that wins
 * publishes, also with several API instances. A day the job missed is caught up by the windows.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

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
        int sent = 0;
        for (Object[] round : rows(
                "select id, deadline from follow_up_round where status = 'OPEN' and deadline is not null"
                        + " and deadline <= cast(:horizon as date)",
                today.plusDays(7))) {
            UUID id = (UUID) round[0];
            LocalDate deadline = Announcements.date(round[1]);
            Event event = deadline.isBefore(today)
                    ? Event.FOLLOW_UP_OVERDUE
                    : deadline.minusDays(1).isAfter(today) ? Event.FOLLOW_UP_DUE_7 : Event.FOLLOW_UP_DUE_1;
            if (once(event, id, deadline)) {
                announcements.followUpReminder(id, event);
                sent++;
            }
        }
        for (Object[] report : rows(
                "select id, due_on from status_report where status = 'OPEN' and due_on is not null"
                        + " and due_on <= cast(:horizon as date) and due_on >= cast(:horizon as date) - 3",
                today.plusDays(3))) {
            UUID id = (UUID) report[0];
            LocalDate due = Announcements.date(report[1]);
            if (!due.isBefore(today) && once(Event.STATUS_REPORT_REMINDER, id, due)) {
                announcements.statusReportReminder(id);
                sent++;
            }
        }
        for (Object[] item : rows(
                "select id, due_on from action_item where status in ('OPEN', 'IN_PROGRESS') and due_on is not null"
                        + " and due_on <= cast(:horizon as date)",
                today.plusDays(7))) {
            UUID id = (UUID) item[0];
            LocalDate due = Announcements.date(item[1]);
            Event event = due.isBefore(today) ? Event.ACTION_OVERDUE : Event.ACTION_DUE_7;
            if (event == Event.ACTION_DUE_7 && !due.isAfter(today)) {
                continue; // due today: neither "in 7 days" nor overdue yet
            }
            if (once(event, id, due)) {
                announcements.actionReminder(id, event);
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
