package se.samverkan.followup.kolada;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How Kolada is reached, and whether at all: off unless an operator switches it on (samverkan.kolada.enabled). */
@ApplicationScoped
public class KoladaSettings {

    @ConfigProperty(name = "samverkan.kolada.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "samverkan.kolada.base-url", defaultValue = "https://api.kolada.se/v3")
    String baseUrl;

    @ConfigProperty(name = "samverkan.kolada.timeout", defaultValue = "30s")
    Duration timeout;

    @ConfigProperty(name = "samverkan.kolada.per-page", defaultValue = "5000")
    int perPage;

    @ConfigProperty(name = "samverkan.kolada.cron", defaultValue = "0 30 3 * * ?")
    String cron;

    public boolean enabled() {
        return enabled;
    }

    /** Without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Duration timeout() {
        return timeout;
    }

    public int perPage() {
        return perPage;
    }

    /** The nightly schedule as configured ("off" when the schedule is switched off). */
    public String cron() {
        return cron;
    }
}
