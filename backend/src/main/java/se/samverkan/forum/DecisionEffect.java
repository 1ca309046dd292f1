package se.samverkan.forum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;
import se.samverkan.common.decision.DecisionEffectKind;

/**
 * What a decision changed: the subject it took effect on, once and for good (a subject takes one decision's effect;
 * the decision cannot be removed or its effects changed afterwards). Written once, never updated: who and when are
 * its own columns.
 */
@Entity
public class DecisionEffect {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Decision decision;

    public int position;

    @Enumerated(EnumType.STRING)
    public DecisionEffectKind kind;

    public UUID subjectId;

    public UUID agreementId;

    /** The subject as named when the decision took effect. */
    public String label;

    public Instant appliedAt;

    public String appliedBy;
}
