package se.samverkan.common.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.common.time.Clocks;

/**
 * Lets scheduled work run once across several API instances: every instance's scheduler fires, and only the one
 * whose claim of the job's slot (a day, an hour) is the first to commit does the work. PostgreSQL decides, so no
 * instance needs to know the others.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.instance-name")
    Optional<String> configuredName;

    /**
     * True for exactly one caller per (job, slot) across all instances sharing the database. Call it inside the job's
     * own transaction: a rival instance's claim waits for that transaction, so a job that fails rolls its claim back
     * and another instance (or the next firing) may still do the slot's work.
     */
    @Transactional
    public boolean claim(String job, String slot) {
        int inserted = em.createNativeQuery(
                        "insert into scheduled_run (job, slot, instance, claimed_at) values (:job, :slot, :instance,"
                                + " :now) on conflict (job, slot) do nothing")
                .setParameter("job", job)
                .setParameter("slot", slot)
                .setParameter("instance", instanceName())
                .setParameter("now", Clocks.now(clock))
                .executeUpdate();
        if (inserted == 1) {
            LOG.infof("%s %s: run by this instance (%s)", job, slot, instanceName());
            return true;
        }
        LOG.debugf("%s %s: already claimed by another instance", job, slot);
        return false;
    }

    /** Serialises a transaction's work with the same work elsewhere (any instance) until it commits. */
    public void lockForTransaction(String job) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:job))) as locked")
                .setParameter("job", job)
                .getSingleResult();
    }

    /** This instance's name in the logs and in scheduled_run: the pod's name in Kubernetes, else host and pid. */
    public String instanceName() {
        return configuredName
                .filter(s -> !s.isBlank())
                .orElseGet(() -> hostName() + "-" + ProcessHandle.current().pid());
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
