package se.samverkan.common.security;

import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the realm's keys are loaded, and ready still while Keycloak is away afterwards: the cached keys verify
 * tokens, so taking every instance out of the load balancer then would turn a Keycloak outage into a total one.
 * (quarkus-oidc's own check asks Keycloak on every probe, hence switched off.)
 */
@Readiness
@ApplicationScoped
public class OidcReadiness implements HealthCheck {

    static final String NAME = "Keycloak keys";

    @Inject
    TenantConfigBean tenants;

    @Override
    public HealthCheckResponse call() {
        TenantConfigContext tenant = tenants.getDefaultTenant();
        return HealthCheckResponse.named(NAME)
                .status(tenant != null && tenant.ready())
                .build();
    }
}
