package se.samverkan.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    public record PreferencesDto(List<PreferenceDto> preferences) {}

    public record PreferencesInput(
            @NotNull @Size(min = 1, max = 5, message = "must name 1 to 5 categories")
                    List<@Valid @NotNull PreferenceDto> preferences) {}

    public record FollowDto(SubjectType subjectType, UUID subjectId, Instant since) {}

    /** What a valid unsubscribe token stands for, and whether it is already done. */
    public record UnsubscribeDto(String kind, Category category, String forumName, boolean unsubscribed) {}
}
