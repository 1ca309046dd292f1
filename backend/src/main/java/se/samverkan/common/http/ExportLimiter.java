package se.samverkan.common.http;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.problem.ProblemException;

/**
 * Bounds the expensive exports computed at the same time (report PDF and CSV, large CSV files), so that a few clients
 * cannot keep every worker thread and the heap busy: beyond the limit a request gets 503 with Retry-After at once.
 */
@ApplicationScoped
public class ExportLimiter {

    public static final int RETRY_AFTER_SECONDS = 5;

    private final int limit;
    private final Semaphore permits;

    public ExportLimiter(@ConfigProperty(name = "samverkan.exports.max-concurrent", defaultValue = "2") int limit) {
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    public <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw ProblemException.busy(text("common.exports-being-prepared-already-try", limit), RETRY_AFTER_SECONDS);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
