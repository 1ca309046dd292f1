package se.samverkan.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: a person through the SPA, another agency's system (service account) or the public.
 * County and organisation are mapped user attributes in Keycloak (see realm/README.md).
 */
@RequestScoped
public class CurrentUser {

    public static final String COUNTY_CLAIM = "county_code";
    public static final String ORGANISATION_CLAIM = "organisation_number";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest http;

    private Boolean anonymous;

    public boolean isAuthenticated() {
        return !anonymous();
    }

    /**
     * An HTTP request without an Authorization header is the public's: the API accepts bearer tokens only (OIDC
     * application type "service"), so resolving the deferred identity would conclude the same, at about a tenth of the
     * CPU of a cheap public read (issue 20). Work run as another caller ({@link ActingAs}) has no HTTP request in its
     * request context and asks the identity it was given.
     */
    private boolean anonymous() {
        if (anonymous == null) {
            RoutingContext request = http.getCurrent();
            anonymous = (request != null && request.request().getHeader(HttpHeaders.AUTHORIZATION) == null)
                    || identity.isAnonymous();
        }
        return anonymous;
    }

    /** The name recorded on every write: the Keycloak username (service accounts: service-account-&lt;client&gt;). */
    public String actor() {
        if (anonymous()) {
            return "anonymous";
        }
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public Optional<String> displayName() {
        return claim("name");
    }

    public Set<String> roles() {
        return anonymous() ? Set.of() : identity.getRoles();
    }

    public boolean isAdmin() {
        return !anonymous() && identity.hasRole(Roles.ADMIN);
    }

    public boolean isCoordinator() {
        return !anonymous() && identity.hasRole(Roles.COORDINATOR);
    }

    /** True for the coordinator whose token names this county. */
    public boolean isCoordinatorOf(String countyCode) {
        return countyCode != null
                && isCoordinator()
                && countyCode.equals(countyCode().orElse(null));
    }

    public Optional<String> countyCode() {
        return claim(COUNTY_CLAIM);
    }

    public Optional<String> organisationNumber() {
        return claim(ORGANISATION_CLAIM);
    }

    /** The OAuth client the token was issued to (azp): the SPA, or an integrating agency's client. */
    public Optional<String> clientId() {
        return claim("azp");
    }

    private Optional<String> claim(String name) {
        if (!anonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
