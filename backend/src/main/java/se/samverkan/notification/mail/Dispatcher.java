package se.samverkan.notification.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samverkan.common.time.Clocks;

/**
 * Sends due mail from the outbox: claims a batch (row locks, SKIP LOCKED: safe with several API instances), sends
 * each mail over SMTP (a few at a time through the mailer's connection pool), marks what went out as sent and puts
 * what failed back with an exponential backoff. SMTP being down delays mail; it never loses it.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Longer than any batch takes: a dispatcher that dies mid-batch releases its rows when the lease ends. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Outbox outbox;

    @Inject
    MailRenderer renderer;

    @Inject
    ReactiveMailer mailer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "samverkan.notifications.batch-size")
    int batchSize;

    /** What one dispatch did. */
    public record Result(int sent, int failed) {}

    @Scheduled(
            every = "${samverkan.notifications.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result;
            do {
                result = dispatch(Clocks.now(clock));
            } while (result.sent() > 0 && result.failed() == 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("mail dispatch failed, will retry: %s", e.getMessage());
        }
    }

    /** Sends one batch of what is due at {@code now}. */
    public Result dispatch(Instant now) throws SQLException, InterruptedException {
        List<OutboxRow> claimed = outbox.claim(now, batchSize, LEASE);
        if (claimed.isEmpty()) {
            return new Result(0, 0);
        }
        // Immediate rows are one mail each; the digest rows of one address and kind are one mail together.
        Map<String, List<OutboxRow>> mails = new LinkedHashMap<>();
        for (OutboxRow row : claimed) {
            String key = "NONE".equals(row.digest()) ? "id:" + row.id() : row.digest() + ":" + row.email();
            mails.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<List<OutboxRow>> groups = new ArrayList<>(mails.values());
        List<CompletableFuture<Void>> sends = new ArrayList<>(groups.size());
        for (List<OutboxRow> group : groups) {
            Mail mail = renderer.render(group);
            // subscribed at once, so the mails of a batch travel in parallel over the mailer's pooled connections
            sends.add(mailer.send(mail).subscribeAsCompletionStage());
        }
        List<Long> sent = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < groups.size(); i++) {
            List<OutboxRow> group = groups.get(i);
            List<Long> ids = group.stream().map(OutboxRow::id).toList();
            try {
                sends.get(i).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                sent.addAll(ids);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                failed += ids.size();
                int attempts =
                        group.stream().mapToInt(OutboxRow::attempts).max().orElse(1);
                String error = e instanceof ExecutionException && e.getCause() != null
                        ? e.getCause().toString()
                        : e.toString();
                outbox.markFailed(ids, attempts, now, error);
                LOG.debugf("mail to %s not sent (attempt %d): %s", group.get(0).email(), attempts, error);
            }
        }
        if (!sent.isEmpty()) {
            outbox.markSent(sent, now);
        }
        return new Result(sent.size(), failed);
    }
}
