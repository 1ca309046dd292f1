package se.samverkan.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverkan.changes.ChangeDtos.ChangeDto;
import se.samverkan.changes.ChangeDtos.ChangePage;
import se.samverkan.changes.ChangeService;
import se.samverkan.common.security.ActingAs;
import se.samverkan.common.security.StoredIdentity;

/**
 * Queues the feed's changes for each active subscription, checked as the subscriber: the subscription's row is locked
 * (SKIP LOCKED, so one instance at a time), the changes after its cursor that the subscriber may read become deliveries,
 * and the cursor moves on, all in one transaction: a change is queued once, across instances.
 */
@ApplicationScoped
public class WebhookQueue {

    static final int BATCH = 200;

    @Inject
    Queuer queuer;

    @Inject
    ActingAs acting;

    /** Queues what is new for one subscription, as the subscriber (its claims, roles and grants). */
    public int enqueue(UUID subscriptionId, Instant now) {
        Queuer.Claims claims = queuer.claims(subscriptionId);
        if (claims == null) {
            return 0;
        }
        return acting.run(claims.identity(), () -> queuer.enqueue(subscriptionId, now));
    }

    /** The transactional part; its request context is the subscriber's alone (grants are read once per request). */
    @ApplicationScoped
    public static class Queuer {

        @Inject
        EntityManager em;

        @Inject
        ChangeService changes;

        @Inject
        ObjectMapper json;

        /** The subscriber as it subscribed; null when the subscription is gone or disabled. */
        @Transactional
        public Claims claims(UUID subscriptionId) {
            @SuppressWarnings("unchecked")
            var rows = (java.util.List<Object[]>) em.createNativeQuery(
                            "select account, client_id, organisation_number, county_code, roles from webhook_subscription"
                                    + " where id = :id and status = 'ACTIVE'")
                    .setParameter("id", subscriptionId)
                    .getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] s = rows.get(0);
            String roles = (String) s[4];
            return new Claims(StoredIdentity.of(
                    (String) s[0],
                    (String) s[1],
                    (String) s[2],
                    (String) s[3],
                    roles.isBlank() ? Set.of() : Arrays.stream(roles.split(",")).collect(Collectors.toSet())));
        }

        public record Claims(SecurityIdentity identity) {}

        @Transactional
        public int enqueue(UUID subscriptionId, Instant now) {
            @SuppressWarnings("unchecked")
            var locked = (java.util.List<Object[]>)
                    em.createNativeQuery("select types, counties, after_position from webhook_subscription"
                                    + " where id = :id and status = 'ACTIVE' for update skip locked")
                            .setParameter("id", subscriptionId)
                            .getResultList();
            if (locked.isEmpty()) {
                return 0;
            }
            Object[] s = locked.get(0);
            ChangePage page = changes.visibleAfter(
                    ((Number) s[2]).longValue(),
                    ChangeService.types((String) s[0]),
                    ChangeService.counties((String) s[1]),
                    BATCH);
            for (ChangeDto change : page.items()) {
                em.createNativeQuery(
                                "insert into webhook_delivery (id, subscription_id, position, payload, status,"
                                        + " attempts, next_attempt_at, created_at) values (:id, :subscription, :position,"
                                        + " :payload, 'PENDING', 0, :now, :now) on conflict (subscription_id, position) do nothing")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("subscription", subscriptionId)
                        .setParameter("position", change.position())
                        .setParameter("payload", write(change))
                        .setParameter("now", Timestamp.from(now))
                        .executeUpdate();
            }
            em.createNativeQuery("update webhook_subscription set after_position = :next where id = :id")
                    .setParameter("next", page.next())
                    .setParameter("id", subscriptionId)
                    .executeUpdate();
            return page.items().size();
        }

        private String write(ChangeDto change) {
            try {
                return json.writeValueAsString(change);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
