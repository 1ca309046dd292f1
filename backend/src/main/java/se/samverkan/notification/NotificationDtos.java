package se.samverkan.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.openapi.Optional;

/** What the notification API reads and writes. */
public final class NotificationDtos {

    private NotificationDtos() {}

    /** One entry of the notification centre, in the reader's language; {@code link} is the web app's path. */
    public record NotificationDto(
            UUID id,
            String event,
            Category category,
            String title,
            String body,
            String link,
            Instant createdAt,
            boolean read) {}

    public record NotificationPage(List<NotificationDto> items, long total, long unread, int page, int size) {}

    public record UnreadCount(long unread) {}

    public record PreferenceDto(@NotNull Category category, @NotNull Frequency frequency) {}

    /** The version is a checksum of the choices: a write based on other choices than the current ones gets 412. */
    public record PreferencesDto(List<PreferenceDto> preferences, long version)
            implements se.samverkan.common.http.Versioned {}

    public record PreferencesInput(
            @NotNull @Size(min = 1, max = 6, message = "{validation.must-name-categories}")
                    List<@Valid @NotNull PreferenceDto> preferences) {}

    public record FollowDto(SubjectType subjectType, UUID subjectId, Instant since) {}

    /** What a valid unsubscribe token stands for, and whether it is already done. */
    public record UnsubscribeDto(
            String kind, @Optional Category category, @Optional String forumName, boolean unsubscribed) {}
}
