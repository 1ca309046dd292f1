package se.samverkan.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Security headers on every HTTP response (the API, health, OpenAPI, errors alike), set just before the headers go
 * out. A browser must never guess a content type; what answers an authenticated request or a change is someone's
 * non-public data and must not be kept by a shared cache or the browser's disk cache.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PRIVATE = "private, no-store";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    HttpServerRequest request = context.request();
                    HttpServerResponse response = context.response();
                    // addHeadersEndHandler chains with the handlers Quarkus REST sets itself (headersEndHandler would
                    // replace them).
                    context.addHeadersEndHandler(ignored -> apply(request, response));
                    context.next();
                },
                100);
    }

    static void apply(HttpServerRequest request, HttpServerResponse response) {
        var headers = response.headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (!headers.contains("X-Frame-Options")) {
            headers.set("X-Frame-Options", "DENY");
        }
        boolean authenticated = request.headers().contains(HttpHeaders.AUTHORIZATION);
        if (authenticated || !SAFE.contains(request.method())) {
            headers.set(HttpHeaders.CACHE_CONTROL, PRIVATE);
        }
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD) {
            // The same URL answers differently with and without a token.
            String vary = headers.get(HttpHeaders.VARY);
            if (vary == null || vary.isBlank()) {
                headers.set(HttpHeaders.VARY, "Authorization");
            } else if (!vary.toLowerCase().contains("authorization")) {
                headers.set(HttpHeaders.VARY, vary + ", Authorization");
            }
        }
    }
}
