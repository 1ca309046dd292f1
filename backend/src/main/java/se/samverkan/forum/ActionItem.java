package se.samverkan.forum;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/**
 * An uppdrag or medskick: handed out at a meeting's agenda item, or raised into this forum from an item of a forum
 * at a lower level (then {@code raisedFrom} is set and there is no meeting).
 */
@Entity
public class ActionItem extends AuditedEntity {

    @Id
    public UUID id;

    /** The forum that follows the item up: it appears on this forum's next meetings until closed. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    public String title;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    public Organisation owner;

    public String ownerPerson;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ActionItemStatus status;

    public String statusNote;

    public Instant closedAt;

    /** The forum or working group the item is handed to ("medskick till Dialoggruppen"). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Forum assigneeForum;

    @ManyToOne(fetch = FetchType.LAZY)
    public ActionItem raisedFrom;

    /** How it came from {@code raisedFrom}; null for an item handed out at a meeting. */
    @Enumerated(EnumType.STRING)
    public RaisedAs raisedAs;

    @OneToMany(mappedBy = "raisedFrom")
    @OrderBy("createdAt")
    public List<ActionItem> raisedTo = new ArrayList<>();

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn != null && dueOn.isBefore(today);
    }

    /** When the item entered its forum: at its meeting, or when it was raised. */
    public Instant arrivedAt() {
        return meeting != null ? meeting.startInstant() : createdAt;
    }

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
