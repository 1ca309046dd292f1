package se.samverkan.followup.kolada;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;
import se.samverkan.common.cluster.ScheduledRuns;
import se.samverkan.common.time.Clocks;

/**
 * The nightly Kolada fetch (samverkan.kolada.cron), by one instance per night when several share the database. Kolada
 * publishes a few times a year, so a night that fails is made good by the next one; the claim is not held while Kolada
 * is asked.
 */
@ApplicationScoped
public class KoladaSchedule {

    private static final Logger LOG = Logger.getLogger(KoladaSchedule.class);

    @Inject
    KoladaSettings settings;

    @Inject
    KoladaService service;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Scheduled(
            cron = "${samverkan.kolada.cron}",
            timeZone = "Europe/Stockholm",
            identity = "kolada-fetch",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        if (!settings.enabled()
                || !runs.claim("kolada-fetch", Clocks.today(clock).toString())) {
            return; // switched off, or another instance fetches tonight
        }
        int succeeded = service.fetchAll();
        LOG.infof("Kolada: %d indicator(s) fetched", succeeded);
    }
}
