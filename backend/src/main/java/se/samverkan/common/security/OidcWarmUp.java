package se.samverkan.common.security;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Keycloak may be unreachable when the API starts. The OIDC tenant then stays "not ready" (readiness DOWN) until a
 * request with a token happens to retry; this retries in the background instead, so readiness turns UP as soon as
 * the realm's keys can be fetched. Once fetched, the keys stay cached: tokens keep being verified while Keycloak is
 * away again.
 */
@ApplicationScoped
public class OidcWarmUp {

    private static final Logger LOG = Logger.getLogger(OidcWarmUp.class);

    @Inject
    TenantConfigBean tenants;

    @Scheduled(every = "2s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void initialiseWhenReachable() {
        TenantConfigContext tenant = tenants.getDefaultTenant();
        if (tenant == null || tenant.ready()) {
            return;
        }
        try {
            tenant.initialize().await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debugf("Keycloak is not reachable yet: %s", e.getMessage());
        }
    }
}
