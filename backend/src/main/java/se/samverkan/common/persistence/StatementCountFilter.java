package se.samverkan.common.persistence;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * With {@code samverkan.bench.statement-counts=true} (the benchmark and the tests, never production) each response
 * says how many SQL statements it took in {@code X-Statement-Count}.
 */
public class StatementCountFilter {

    public static final String HEADER = "X-Statement-Count";

    @ConfigProperty(name = "samverkan.bench.statement-counts", defaultValue = "false")
    boolean enabled;

    @ServerRequestFilter
    public void start(ContainerRequestContext request) {
        if (enabled) {
            StatementCounter.reset();
        }
    }

    @ServerResponseFilter
    public void report(ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, Integer.toString(StatementCounter.current()));
        }
    }
}
