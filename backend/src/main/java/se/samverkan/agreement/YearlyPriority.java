package se.samverkan.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** The focus points of a goal area for one year ("särskilt fokus"), and who decided them when. */
@Entity
@Table(name = "yearly_priority")
public class YearlyPriority extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_area_id")
    public GoalArea goalArea;

    public int year;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "yearly_priority_point", joinColumns = @JoinColumn(name = "priority_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> points = new ArrayList<>();

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
