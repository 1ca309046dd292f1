package se.samverkan.forum.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** A meeting's own fields; the agenda is a sub-resource. Times are Swedish local time. */
@Schema(name = "MeetingInput")
public record MeetingInput(
        @Optional @Size(max = 300, message = "{validation.at-most-characters}") String title,
        @Schema(example = "2018-03-16") @NotNull(message = "{validation.required}") LocalDate date,
        @Optional @Schema(example = "09:30", description = "Omit when only the date is known") LocalTime startTime,
        @Optional @Schema(example = "12:00", description = "Only with startTime, and after it") LocalTime endTime,
        @Optional
                @Schema(example = "Länsstyrelsen, Storgatan 71 B, Umeå")
                @Size(max = 500, message = "{validation.at-most-characters}")
                String location,
        @Optional
                @Schema(example = "https://meet.example.se/migrationsradet")
                @Size(max = 1000, message = "{validation.at-most-characters}")
                @Pattern(regexp = "https?://\\S+", message = "{validation.must-be-an-http-or-https-address}")
                String onlineUrl,
        @Optional @Size(max = 200, message = "{validation.at-most-entries}")
                List<@Valid @NotNull(message = "{validation.not-empty}") AttendeeInput> attendees) {}
