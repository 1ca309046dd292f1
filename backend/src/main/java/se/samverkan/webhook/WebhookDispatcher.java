package se.samverkan.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.common.time.Clocks;

/**
 * Scheduled work that runs once across instances: each subscription's new changes are queued under its row lock (see
 * {@link WebhookQueue}), and due deliveries are claimed with FOR UPDATE SKIP LOCKED and a lease (see
 * {@link WebhookDeliveries}), posted signed, and retried with backoff; a subscription that keeps failing is disabled.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** Longer than a batch of posts takes (10 s timeout each): a dispatcher that dies releases its rows then. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final int BATCH = 100;

    static final int PER_SUBSCRIPTION = 20;

    @Inject
    WebhookQueue queue;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.webhooks.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "samverkan.webhooks.disable-after")
    int disableAfter;

    /** What one dispatch did. */
    public record Result(int queued, int delivered, int failed) {}

    @Scheduled(every = "${samverkan.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result;
            do {
                result = dispatch(Clocks.now(clock));
            } while (result.delivered() > 0 && result.failed() == 0);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("webhook dispatch failed, will retry: %s", e.getMessage());
        }
    }

    /** Queues what is new and posts one batch of what is due at {@code now}. */
    public Result dispatch(Instant now) throws SQLException {
        int queued = 0;
        for (UUID subscription : deliveries.activeSubscriptions()) {
            queued += queue.enqueue(subscription, now);
        }
        List<WebhookDeliveries.Claimed> claimed = deliveries.claim(now, PER_SUBSCRIPTION, BATCH, LEASE);
        int delivered = 0;
        int failed = 0;
        // A receiver that failed is not tried again in this round: its other deliveries wait with the failed one, so
        // failures in a row count rounds (with their backoff), not the deliveries that happened to be due together.
        Map<UUID, Instant> failing = new HashMap<>();
        for (WebhookDeliveries.Claimed delivery : claimed) {
            Instant retry = failing.get(delivery.subscriptionId());
            if (retry != null) {
                deliveries.release(delivery, retry);
                continue;
            }
            WebhookSender.Outcome outcome =
                    sender.send(delivery.url(), delivery.secret(), delivery.id().toString(), body(delivery), now);
            if (outcome.delivered()) {
                deliveries.delivered(delivery, outcome.status(), now);
                delivered++;
            } else {
                failed++;
                failing.put(delivery.subscriptionId(), now.plus(WebhookDeliveries.backoff(delivery.attempts())));
                if (deliveries.failed(delivery, outcome.status(), outcome.error(), now, maxAttempts, disableAfter)) {
                    LOG.warnf(
                            "webhook %s disabled after %d failures in a row", delivery.subscriptionId(), disableAfter);
                }
            }
        }
        return new Result(queued, delivered, failed);
    }

    /** {"delivery": id, "subscription": id, "change": {…the feed's change…}}. */
    private String body(WebhookDeliveries.Claimed delivery) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("delivery", delivery.id().toString());
            body.put("subscription", delivery.subscriptionId().toString());
            body.set("change", json.readTree(delivery.payload()));
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
