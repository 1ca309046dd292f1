package se.samverkan.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work as another caller, in a request context of its own: what the policies decide then is what they decide for
 * that caller (webhook deliveries are checked as their subscriber, open data is built as the public whoever asks).
 * The caller's own request context, if any, is put back afterwards.
 */
@ApplicationScoped
public class ActingAs {

    @Inject
    CurrentIdentityAssociation association;

    public <T> T run(SecurityIdentity identity, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            association.setIdentity(identity);
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }

    /** The public: no token. */
    public <T> T asPublic(Supplier<T> work) {
        return run(
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(""))
                        .setAnonymous(true)
                        .build(),
                work);
    }
}
