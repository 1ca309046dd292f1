package se.samverkan.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request carries an id: the caller's X-Request-Id when it is a plain token (a load balancer's or another
 * agency's system), else a new one. It is answered in the same header and put in the logging context as
 * {@code requestId}, so every log line of the request (JSON logs in production) can be found by it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    String id = accepted(context.request().getHeader(HEADER));
                    MDC.put(MDC_KEY, id);
                    context.response().putHeader(HEADER, id);
                    context.addEndHandler(ignored -> MDC.remove(MDC_KEY));
                    context.next();
                },
                200);
    }

    static String accepted(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }
}
