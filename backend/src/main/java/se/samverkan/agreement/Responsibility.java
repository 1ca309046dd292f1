package se.samverkan.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.organisation.Organisation;

/** Ansvarig eller övrig part for a goal area, at one level. */
@Entity
public class Responsibility extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_area_id")
    public GoalArea goalArea;

    /** Null when the row stands for "övriga undertecknande parter". */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    @Column(name = "all_other_signatories")
    public boolean allOtherSignatories;

    @Enumerated(EnumType.STRING)
    public ResponsibilityKind kind;

    @Enumerated(EnumType.STRING)
    public Level level;
}
