package se.samverkan.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Business counters for Prometheus (/q/metrics): what operators and the national administration watch. Counted from
 * the database every refresh (the same on every instance, so any instance's value is the truth), never on a scrape.
 */
@ApplicationScoped
public class BusinessMetrics {

    private static final Logger LOG = Logger.getLogger(BusinessMetrics.class);

    /** Gauge name → the count query behind it. */
    static final Map<String, String> COUNTS = Map.of(
            "samverkan.action_items.open",
            "select count(*) from action_item where status in ('OPEN', 'IN_PROGRESS')",
            "samverkan.notifications.queued",
            "select count(*) from mail_outbox where status = 'PENDING'",
            "samverkan.notifications.failed",
            "select count(*) from mail_outbox where status = 'FAILED'",
            "samverkan.follow_up_rounds.open",
            "select count(*) from follow_up_round where status = 'OPEN'",
            "samverkan.agreements.in_force",
            "select count(*) from agreement where status = 'ADOPTED'");

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent event) {
        COUNTS.keySet().forEach(name -> {
            AtomicLong value = values.computeIfAbsent(name, n -> new AtomicLong());
            Gauge.builder(name, value, AtomicLong::doubleValue).register(registry);
        });
    }

    @Scheduled(
            every = "${samverkan.metrics.refresh-every}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("business metrics not refreshed: %s", e.getMessage());
        }
    }

    /** Counts now; the gauges answer these values until the next refresh. */
    @Transactional
    public void refresh() {
        COUNTS.forEach((name, sql) -> values.computeIfAbsent(name, n -> new AtomicLong())
                .set(((Number) em.createNativeQuery(sql).getSingleResult()).longValue()));
    }
}
