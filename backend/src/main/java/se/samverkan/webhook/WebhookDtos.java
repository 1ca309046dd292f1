package se.samverkan.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.changes.ChangeDtos.ChangeDto;
import se.samverkan.changes.ChangeType;
import se.samverkan.common.http.Versioned;

public final class WebhookDtos {

    private WebhookDtos() {}

    @Schema(name = "WebhookInput", description = "A subscription to the change feed, pushed to a URL")
    public record WebhookInput(
            @Schema(required = true, description = "Where deliveries are posted (http or https)", maxLength = 2000)
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.must-be-an-http-or-https-address}")
                    String url,
            @Schema(description = "Only changes of these types; none for every type")
                    @Size(max = 20, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") ChangeType> types,
            @Schema(description = "Only changes in these counties (codes such as 19); none for every county")
                    @Size(max = 21, message = "{validation.at-most-entries}")
                    List<
                                    @NotNull(message = "{validation.required}")
                                    @Pattern(
                                            regexp = "[0-9]{2}",
                                            message = "{validation.must-be-a-two-digit-county-code}")
                                    String>
                            counties) {}

    @Schema(name = "WebhookPermissions")
    public record WebhookPermissions(
            @Schema(required = true) boolean enable, @Schema(required = true) boolean delete) {}

    @Schema(name = "Webhook", description = "A service account's subscription to the change feed")
    public record WebhookDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String url,
            @Schema(required = true, description = "Empty: every type") List<ChangeType> types,
            @Schema(required = true, description = "Empty: every county") List<String> counties,
            @Schema(required = true, description = "The subscribing service account (service-account-<client>)")
                    String account,
            @Schema(required = true) WebhookStatus status,
            @Schema(
                            required = true,
                            description = "Failed attempts in a row; the subscription is disabled at the limit")
                    int consecutiveFailures,
            @Schema(description = "When it was disabled") Instant disabledAt,
            @Schema(
                            description = "The HMAC-SHA256 key of the X-Samverkan-Signature header: answered once, when"
                                    + " the subscription is made")
                    String secret,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) long version,
            @Schema(required = true) WebhookPermissions permissions)
            implements Versioned {}

    @Schema(name = "WebhookDelivery", description = "One change posted (or to be posted) to a subscription's URL")
    public record DeliveryDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) long position,
            @Schema(required = true) ChangeDto change,
            @Schema(required = true) DeliveryStatus status,
            @Schema(required = true) int attempts,
            @Schema(description = "When it is tried next (PENDING)") Instant nextAttemptAt,
            @Schema(description = "When it was last tried") Instant lastAttemptAt,
            @Schema(description = "The receiver's last HTTP status; absent when it did not answer") Integer lastStatus,
            @Schema(description = "Why the last attempt failed") String lastError,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "When the receiver accepted it") Instant deliveredAt) {}
}
