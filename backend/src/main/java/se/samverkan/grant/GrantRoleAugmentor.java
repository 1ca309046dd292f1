package se.samverkan.grant;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import se.samverkan.common.security.Roles;

/**
 * Adds {@link Roles#GRANTEE} to a caller who holds an active grant, on every request (no login needed after a
 * grant). The role only opens the coarse gate of the resources; what the grant allows is decided by the policies.
 */
@ApplicationScoped
public class GrantRoleAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(GrantRoleAugmentor.class);

    @Inject
    Lookup lookup;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.hasRole(Roles.ADMIN)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String username = claim(jwt, "preferred_username");
        String client = claim(jwt, "azp");
        boolean serviceAccount =
                username != null && client != null && username.equals(CallerGrants.SERVICE_ACCOUNT_PREFIX + client);
        SubjectType type = serviceAccount ? SubjectType.SERVICE_ACCOUNT : SubjectType.USER;
        String subject = serviceAccount ? client : username;
        if (subject == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            try {
                if (!lookup.holdsAny(type, subject)) {
                    return identity;
                }
            } catch (RuntimeException e) {
                // The database is away: the request goes on without the grant and meets the outage where it reads.
                LOG.debugf(e, "Grants of %s not read", subject);
                return identity;
            }
            return QuarkusSecurityIdentity.builder(identity)
                    .addRole(Roles.GRANTEE)
                    .build();
        });
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }

    /** The query, in a request context of its own (augmentation runs before the request's). */
    @ApplicationScoped
    public static class Lookup {

        @Inject
        EntityManager em;

        @ActivateRequestContext
        public boolean holdsAny(SubjectType type, String subject) {
            return !em.createNativeQuery("select 1 from access_grant where subject_type = :t and subject = :s "
                            + "and revoked_at is null limit 1")
                    .setParameter("t", type.name())
                    .setParameter("s", subject)
                    .getResultList()
                    .isEmpty();
        }
    }
}
