package se.samverkan.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;

/**
 * A service account's subscription to the change feed. The account's claims are kept as they were when it subscribed
 * (Keycloak is not asked in the background), so each change is checked against the subscriber's rights: its base
 * roles and organisation from then, its grants as they are now.
 */
@Entity
public class WebhookSubscription extends AuditedEntity {

    @Id
    public UUID id;

    public String clientId;

    /** The service account's username, service-account-&lt;client&gt;. */
    public String account;

    public String organisationNumber;

    public String countyCode;

    /** The account's base roles, comma-separated. */
    public String roles;

    public String url;

    /** The HMAC key of the signatures; shown once, when the subscription is made. */
    public String secret;

    /** Feed types, comma-separated; empty for every type. */
    public String types;

    /** County codes, comma-separated; empty for every county. */
    public String counties;

    /** The feed position up to which changes have been queued for delivery. */
    public long afterPosition;

    @Enumerated(EnumType.STRING)
    public WebhookStatus status;

    public int consecutiveFailures;

    public Instant disabledAt;
}
