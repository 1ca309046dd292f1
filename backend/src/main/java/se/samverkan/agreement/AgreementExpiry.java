package se.samverkan.agreement;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import se.samverkan.common.cluster.ScheduledRuns;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.ChangeRecorder;

/**
 * An adopted agreement becomes EXPIRED after its period: checked every night and at start-up, by one instance per
 * day when several share the database.
 */
@ApplicationScoped
public class AgreementExpiry {

    private static final Logger LOG = Logger.getLogger(AgreementExpiry.class);
    private static final ChangeRecorder.Actor SYSTEM = ChangeRecorder.Actor.system("system");

    @Inject
    AgreementService agreements;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        expire();
    }

    @Scheduled(cron = "0 5 0 * * ?", identity = "agreement-expiry")
    @Transactional
    void expire() {
        if (!runs.claim("agreement-expiry", Clocks.today(clock).toString())) {
            return;
        }
        int expired = agreements.expireEnded(SYSTEM);
        if (expired > 0) {
            LOG.infof("%d agreement(s) expired after their period", expired);
        }
    }
}
