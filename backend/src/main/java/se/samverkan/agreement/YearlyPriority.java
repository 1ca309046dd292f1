package se.samverkan.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** The focus points of a goal area for one year ("särskilt fokus"): proposed, then decided by a meeting decision. */
@Entity
public class YearlyPriority extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    public int year;

    @Enumerated(EnumType.STRING)
    public PriorityStatus status;

    /** The forum that proposed it (a forum of the agreement's county); null when not proposed in the product. */
    public UUID proposedByForumId;

    /** The meeting decision that decided it (status DECIDED); the forum feature owns decisions. */
    public UUID decisionId;

    /** Who decided, as a document says it: only for priorities RECORDED from documents. */
    public String decidedBy;

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
