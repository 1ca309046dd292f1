package se.samverkan.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notification API reads and writes. */
public final class NotificationDtos {

    private NotificationDtos() {}

    /** One entry of the notification centre, in the reader's language; {@code link} is the web app's path. */
    public record NotificationDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String event,
            @Schema(required = true) Category category,
            @Schema(required = true) String title,
            @Schema(required = true) String body,
            @Schema(required = true) String link,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) boolean read) {}

    public record NotificationPage(
            @Schema(required = true) List<NotificationDto> items,
            @Schema(required = true) long total,
            @Schema(required = true) long unread,
            @Schema(required = true) int page,
            @Schema(required = true) int size) {}

    public record UnreadCount(@Schema(required = true) long unread) {}

    public record PreferenceDto(
            @Schema(required = true) @NotNull Category category,
            @Schema(required = true) @NotNull Frequency frequency) {}

    /** The version is a checksum of the choices: a write based on other choices than the current ones gets 412. */
    public record PreferencesDto(
            @Schema(required = true) List<PreferenceDto> preferences, @Schema(required = true) long version)
            implements se.samverkan.common.http.Versioned {}

    public record PreferencesInput(
            @NotNull @Size(min = 1, max = 6, message = "{validation.must-name-categories}")
                    List<@Valid @NotNull PreferenceDto> preferences) {}

    public record FollowDto(
            @Schema(required = true) SubjectType subjectType,
            @Schema(required = true) UUID subjectId,
            @Schema(required = true) Instant since) {}

    /** What a valid unsubscribe token stands for, and whether it is already done. */
    public record UnsubscribeDto(
            @Schema(required = true) String kind,
            Category category,
            String forumName,
            @Schema(required = true) boolean unsubscribed) {}
}
