package se.samverkan.forum;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.GoalArea;
import se.samverkan.common.persistence.AuditedEntity;

/**
 * What a point on an agenda is, on a meeting's ({@link AgendaItem}) or a forum's standing one ({@link
 * ForumStandingItem}): its place (1..n), title, kind, and the agreement or goal area it follows up.
 */
@MappedSuperclass
public abstract class AgendaPoint extends AuditedEntity {

    @Id
    public UUID id;

    public int position;

    public String title;

    @Enumerated(EnumType.STRING)
    public AgendaItemKind kind;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;
}
