package se.samverkan.strategy;

import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/**
 * What the analysis of a strategy records for one target group of its agreement (a gap finding, a possible area of
 * action): whether the source marks it as an example, and where it comes from.
 */
@MappedSuperclass
public abstract class AnalysisEntry extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @Enumerated(EnumType.STRING)
    public TargetGroup targetGroup;

    /** An example, as the source marks it ("Ex:"), not a decided finding or area. */
    public boolean example;

    @Embedded
    public Provenance provenance;
}
