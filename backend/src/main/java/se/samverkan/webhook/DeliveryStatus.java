package se.samverkan.webhook;

/** PENDING until the receiver answered 2xx (DELIVERED), or given up after the last attempt (FAILED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
