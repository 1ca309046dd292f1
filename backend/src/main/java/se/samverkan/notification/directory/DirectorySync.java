package se.samverkan.notification.directory;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import se.samverkan.common.time.Clocks;

/**
 * Keeps directory_user in step with Keycloak: at start (in the background, so a slow Keycloak never delays the
 * API) and then periodically. When Keycloak cannot be reached the last known directory stays.
 */
@ApplicationScoped
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class);

    @Inject
    KeycloakDirectory keycloak;

    @Inject
    DirectoryRepository repository;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) {
        CompletableFuture.runAsync(this::syncQuietly);
    }

    @Scheduled(
            every = "${samverkan.directory.sync-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        syncQuietly();
    }

    /** Synchronises now; returns how many users Keycloak holds. */
    public int sync() throws IOException, InterruptedException {
        return repository.replaceAll(keycloak.users(), Clocks.now(clock));
    }

    private void syncQuietly() {
        try {
            int count = sync();
            LOG.debugf("user directory: %d users from Keycloak", count);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("user directory not synchronised with Keycloak (kept the last one): %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
