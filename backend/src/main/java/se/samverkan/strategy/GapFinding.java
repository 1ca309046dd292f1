package se.samverkan.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** A finding of the gap analysis (analys av brister) for one target group, with its source and date. */
@Entity
@Table(name = "strategy_gap_finding")
public class GapFinding extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    public TargetGroup targetGroup;

    public String finding;

    public String source;

    @Column(name = "found_on")
    public LocalDate foundOn;

    public boolean example;

    @Embedded
    public Provenance provenance;
}
