package se.samverkan.forum;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import se.samverkan.common.provenance.Provenance;

/**
 * A standing agenda point of a forum ("RUS – avstämning och uppföljning" at every Migrationsråd): every meeting planned
 * afterwards starts its agenda with the forum's standing points, in their order.
 */
@Entity
public class ForumStandingItem extends AgendaPoint {

    @ManyToOne(fetch = FetchType.LAZY)
    public Forum forum;

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
