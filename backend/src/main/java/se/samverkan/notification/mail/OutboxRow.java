package se.samverkan.notification.mail;

import java.util.Map;
import java.util.UUID;

/** One claimed outbox row. */
public record OutboxRow(
        long id,
        String email,
        String username,
        UUID subscriptionId,
        String locale,
        String category,
        String event,
        Map<String, String> params,
        String link,
        String calendar,
        String digest,
        int attempts) {}
