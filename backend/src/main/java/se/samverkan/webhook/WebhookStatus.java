package se.samverkan.webhook;

/** ACTIVE subscriptions get deliveries; DISABLED ones (after repeated failure, or removed) wait to be re-enabled. */
public enum WebhookStatus {
    ACTIVE,
    DISABLED
}
