package se.samverkan.webhook;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.security.Roles;
import se.samverkan.grant.CallerGrants;
import se.samverkan.grant.SubjectType;

/**
 * Webhooks: other agencies' systems (service accounts) subscribe for themselves and see their own subscriptions;
 * administrators see every subscription and may re-enable or remove one. People other than administrators have no
 * webhooks. What a subscription delivers is decided per change by each feature's reading rule, as the subscriber.
 */
@ApplicationScoped
public class WebhookPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants grants;

    /** The calling service account's client id; empty for people and the public. */
    public Optional<String> serviceAccount() {
        return grants.subject()
                .filter(s -> s.type() == SubjectType.SERVICE_ACCOUNT)
                .map(CallerGrants.Subject::name);
    }

    public boolean canSubscribe() {
        return serviceAccount().isPresent();
    }

    public boolean canList() {
        return user.isAdmin() || canSubscribe();
    }

    public boolean canRead(WebhookSubscription subscription) {
        return user.isAdmin()
                || serviceAccount().map(subscription.clientId::equals).orElse(false);
    }

    /** Re-enable and remove: the subscriber itself and administrators. */
    public boolean canManage(WebhookSubscription subscription) {
        return canRead(subscription);
    }

    public void assertCanSubscribe() {
        if (!canSubscribe()) {
            throw ProblemException.forbidden(text("webhook.only-service-accounts-subscribe"));
        }
    }

    public void assertCanList() {
        if (!canList()) {
            throw ProblemException.forbidden(text("webhook.only-service-accounts-administrators"));
        }
    }

    public void assertCanRead(WebhookSubscription subscription) {
        if (!canRead(subscription)) {
            throw ProblemException.notFound(text("webhook.not-found", subscription.id));
        }
    }

    /** The subscriber as the deliveries will be checked: its claims now, its base roles without granted ones. */
    public Subscriber subscriber() {
        Set<String> roles = new TreeSet<>(user.roles());
        roles.remove(Roles.GRANTEE);
        return new Subscriber(
                serviceAccount().orElseThrow(),
                user.actor(),
                user.organisationNumber().orElse(null),
                user.countyCode().orElse(null),
                String.join(",", roles));
    }

    public record Subscriber(
            String clientId, String account, String organisationNumber, String countyCode, String roles) {}
}
