package se.samverkan.common.http;

import static se.samverkan.common.problem.Text.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.problem.Problem;
import se.samverkan.common.problem.ProblemLocalisation;
import se.samverkan.common.problem.ProblemType;

/**
 * A bound on the API requests in progress: those being answered plus those waiting for a worker thread. Beyond it a
 * request is refused at once, on the event loop, with 503 and Retry-After (an RFC 9457 problem), so that under
 * overload the API answers quickly instead of letting a queue grow until every caller times out (issue 20: a fixed
 * 200 req/s on two cores queued requests for 10 s). Health and metrics ({@code /q/}) are never refused: a busy instance
 * is still live and ready.
 */
@ApplicationScoped
public class Admission {

    public static final int RETRY_AFTER_SECONDS = 1;
    static final String API_PREFIX = "/api/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int limit;
    private final AtomicInteger inProgress = new AtomicInteger();

    public Admission(@ConfigProperty(name = "samverkan.http.max-in-progress") int limit) {
        this.limit = limit;
    }

    void register(@Observes Filters filters) {
        // after the request id (200) and the security headers (100), so that a refusal carries both
        filters.register(handler(), 50);
    }

    /** The route handler: counts the request until its response has ended (or its connection closed). */
    Handler<RoutingContext> handler() {
        return context -> {
            if (!context.request().path().startsWith(API_PREFIX)) {
                context.next();
                return;
            }
            if (inProgress.incrementAndGet() > limit) {
                inProgress.decrementAndGet();
                refuse(context);
                return;
            }
            context.addEndHandler(ignored -> inProgress.decrementAndGet());
            context.next();
        };
    }

    int inProgress() {
        return inProgress.get();
    }

    private void refuse(RoutingContext context) {
        Locale language = ProblemLocalisation.languageOf(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.BUSY;
        Problem problem = new Problem(
                type.uri(),
                ProblemLocalisation.render(type.title(), language),
                type.status(),
                ProblemLocalisation.render(text("common.too-many-requests-in-progress", limit), language),
                context.request().path(),
                null,
                null);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .end(body);
    }
}
