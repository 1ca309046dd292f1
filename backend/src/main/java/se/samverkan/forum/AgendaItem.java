package se.samverkan.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;

/** A point on a meeting's agenda, with its minutes and decisions. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public int position;

    public String title;

    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;

    public String description;

    public String presenter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_area_id")
    public GoalArea goalArea;

    /** The minutes of this point; internal until the meeting's minutes are published. */
    public String minutes;

    @OneToMany(mappedBy = "agendaItem")
    @OrderBy("position")
    public List<Decision> decisions = new ArrayList<>();
}
