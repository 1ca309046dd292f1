package se.samverkan.forum;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/**
 * A standing agenda point of a forum ("RUS – avstämning och uppföljning" at every Migrationsråd): every meeting planned
 * afterwards starts its agenda with the forum's standing points, in their order.
 */
@Entity
@Table(name = "forum_standing_item")
public class ForumStandingItem extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forum_id")
    public Forum forum;

    public int position;

    public String title;

    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_area_id")
    public GoalArea goalArea;

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
