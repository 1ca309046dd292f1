package se.samverkan.common.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and remembers the result until the token expires: the same client sends the same
 * token with every request for minutes, and Quarkus OIDC otherwise parses the JWT several times, checks its RSA
 * signature and builds the identity again on each (a third of the CPU samples of a kept agreement document; API CPU
 * per request 6.0-6.8 -> 5.2-5.8 ms with this, issue 20, results/2026-12-05-perf20b.md). Only a token that OIDC verified is remembered, keyed by its exact text, so a changed or forged token is
 * always verified; an entry lives no longer than the token's own {@code exp}. The augmentors (grants) still run on
 * every request, as before. At most {@code samverkan.oidc.verified-tokens} entries: beyond that the expired ones are
 * dropped, and if that is not enough, all of them; 0 remembers none (every request is verified, as without this).
 */
@ApplicationScoped
@Unremovable // found by Quarkus Security through Instance<IdentityProvider<?>>, which does not keep a bean by itself
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    OidcIdentityProvider oidc;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.oidc.verified-tokens")
    int capacity;

    record Verified(SecurityIdentity identity, Instant expires) {}

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before Quarkus OIDC's provider (the default priority, 1001: higher goes first), which then sees only the tokens
     * this one hands to it.
     */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.expires())) {
                return Uni.createFrom().item(forThisRequest(known.identity(), request));
            }
            verified.remove(token, known);
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(token, identity, now));
    }

    private void keep(String token, SecurityIdentity identity, Instant now) {
        Instant expires = expiryOf(identity);
        if (capacity <= 0 || expires == null || !now.isBefore(expires)) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(v -> !now.isBefore(v.expires()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(identity, expires));
    }

    static Instant expiryOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        long exp = jwt.getExpirationTime();
        return exp <= 0 ? null : Instant.ofEpochSecond(exp);
    }

    /** The remembered identity with this request's own HTTP context (the first request's must not be reused). */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null) {
            return identity;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        OidcUtils.setRoutingContextAttribute(builder, routing);
        OidcUtils.setBlockingApiAttribute(builder, routing);
        return builder.build();
    }

    /** What is remembered for this exact token, if anything (tests). */
    Verified remembered(String token) {
        return verified.get(token);
    }
}
