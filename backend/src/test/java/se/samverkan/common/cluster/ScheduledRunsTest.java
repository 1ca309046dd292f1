package se.samverkan.common.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One claim per job and slot wins, also when several callers (instances) race for it. */
@QuarkusTest
class ScheduledRunsTest {

    @Inject
    ScheduledRuns runs;

    @Inject
    EntityManager em;

    @Test
    void theFirstClaimOfASlotWinsAndLaterOnesAreRefused() {
        String job = "test-" + UUID.randomUUID();
        assertTrue(runs.claim(job, "2026-12-03"));
        assertFalse(runs.claim(job, "2026-12-03"));
        assertTrue(runs.claim(job, "2026-12-04"), "the next slot is a new run");
    }

    @Test
    void aJobThatFailsLeavesItsSlotToTheNextAttempt() {
        String job = "failing-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    assertTrue(runs.claim(job, "2026-12-03"));
                    throw new IllegalStateException("the job's work failed");
                }));
        assertTrue(runs.claim(job, "2026-12-03"), "the failed run's claim was rolled back with it");
    }

    @Test
    void racingClaimsHaveExactlyOneWinner() throws Exception {
        String job = "race-" + UUID.randomUUID();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return runs.claim(job, "slot");
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStartUpExpiryRunWasClaimedOnceByThisInstance() {
        List<?> rows = em.createNativeQuery("select instance from scheduled_run where job = 'agreement-expiry'")
                .getResultList();
        assertEquals(1, rows.size());
        assertEquals(runs.instanceName(), rows.get(0));
    }
}
