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
import se.samverkan.common.openapi.Optional;

public final class WebhookDtos {

    private WebhookDtos() {}

    @Schema(name = "WebhookInput", description = "A subscription to the change feed, pushed to a URL")
    public record WebhookInput(
            @Schema(description = "Where deliveries are posted (http or https)", maxLength = 2000)
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(max = 2000, message = "{validation.at-most-characters}")
                    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{validation.must-be-an-http-or-https-address}")
                    String url,
            @Optional
                    @Schema(description = "Only changes of these types; none for every type")
                    @Size(max = 20, message = "{validation.at-most-entries}")
                    List<@NotNull(message = "{validation.required}") ChangeType> types,
            @Optional
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
    public record WebhookPermissions(boolean enable, boolean delete) {}

    @Schema(name = "Webhook", description = "A service account's subscription to the change feed")
    public record WebhookDto(
            UUID id,
            String url,
            @Schema(description = "Empty: every type") List<ChangeType> types,
            @Schema(description = "Empty: every county") List<String> counties,
            @Schema(description = "The subscribing service account (service-account-<client>)") String account,
            WebhookStatus status,
            @Schema(description = "Failed attempts in a row; the subscription is disabled at the limit")
                    int consecutiveFailures,
            @Optional @Schema(description = "When it was disabled") Instant disabledAt,
            @Optional
                    @Schema(
                            description = "The HMAC-SHA256 key of the X-Samverkan-Signature header: answered once, when"
                                    + " the subscription is made")
                    String secret,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version,
            WebhookPermissions permissions)
            implements Versioned {}

    @Schema(name = "WebhookDelivery", description = "One change posted (or to be posted) to a subscription's URL")
    public record DeliveryDto(
            UUID id,
            long position,
            ChangeDto change,
            DeliveryStatus status,
            int attempts,
            @Optional @Schema(description = "When it is tried next (PENDING)") Instant nextAttemptAt,
            @Optional @Schema(description = "When it was last tried") Instant lastAttemptAt,
            @Optional @Schema(description = "The receiver's last HTTP status; absent when it did not answer")
                    Integer lastStatus,
            @Optional @Schema(description = "Why the last attempt failed") String lastError,
            Instant createdAt,
            @Optional @Schema(description = "When the receiver accepted it") Instant deliveredAt) {}
}
