package se.samverkan.forum;

import static se.samverkan.common.problem.Text.text;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.Provenance;

/** A forum's meeting (möte, samråd): when and where, its agenda, attendees and minutes. */
@Entity
public class Meeting extends AuditedEntity {

    /** Meeting times are Swedish local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** Earlier meetings first; a meeting without a time counts from the start of its day. */
    public static final Comparator<Meeting> CHRONOLOGICAL =
            Comparator.comparing(Meeting::startInstant).thenComparing(m -> m.id);

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Forum forum;

    public String title;

    @Column(name = "meeting_date")
    public LocalDate date;

    public LocalTime startTime;

    public LocalTime endTime;

    public String location;

    public String onlineUrl;

    public Instant minutesPublishedAt;

    public String minutesPublishedBy;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    @OrderBy("position")
    public List<AgendaItem> agenda = new ArrayList<>();

    public boolean minutesPublished() {
        return minutesPublishedAt != null;
    }

    public MinutesState minutesState() {
        return minutesPublished() ? MinutesState.PUBLISHED : MinutesState.UNPUBLISHED;
    }

    /** The start, or the start of the day when only the date is known. */
    public Instant startInstant() {
        return startOf(date, startTime);
    }

    /** When a meeting on this date begins: at its start time, or at midnight when it has none. */
    public static Instant startOf(LocalDate date, LocalTime startTime) {
        return date.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime)
                .atZone(ZONE)
                .toInstant();
    }

    public Instant startsAt() {
        return startTime == null ? null : date.atTime(startTime).atZone(ZONE).toInstant();
    }

    public Instant endsAt() {
        return endTime == null ? null : date.atTime(endTime).atZone(ZONE).toInstant();
    }

    /** Held: its day (or its start time, when known) has begun. */
    public boolean hasBegun(Clock clock) {
        return !startInstant().isAfter(clock.instant());
    }

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;

    /** A point of this meeting's agenda; 404 when the meeting has none with the id. */
    public AgendaItem agendaItem(UUID itemId) {
        return agenda.stream()
                .filter(i -> i.id.equals(itemId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("agenda-item.not-found", itemId)));
    }
}
