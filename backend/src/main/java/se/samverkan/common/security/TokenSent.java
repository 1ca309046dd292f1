package se.samverkan.common.security;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends an Authorization header is authenticated, also where the answer never asks who calls: a token
 * that does not verify (forged, expired, not a token) is a 401 problem everywhere, not the public's answer. Without the
 * header nothing is resolved (authentication is not proactive, and {@link CurrentUser} takes such a request as the
 * public's), so the public's reads cost nothing more; with it, the identity resolved here is the one the request
 * uses later (Quarkus keeps it for the request).
 */
public class TokenSent {

    @Inject
    CurrentIdentityAssociation identities;

    /** Before the other filters (a parameter check would otherwise answer a caller whose token is bad). */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticate(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            // No Uni: Quarkus REST then goes on at once, without suspending and resuming the request.
            return null;
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            // A blocking endpoint's filters run on its worker thread: resolve here instead of suspending the request
            // and resuming it on another thread (measured: that costs a token request about a third more CPU).
            identities.getIdentity();
            return null;
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
