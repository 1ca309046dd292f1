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
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** A possible area of action for a target group, scored by effect and feasibility; once chosen, an area of action. */
@Entity
@Table(name = "strategy_area")
public class StrategyArea extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    public TargetGroup targetGroup;

    public String title;

    public String description;

    /** The goal area it serves (of the same agreement), when named: its plan rolls up there. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_area_id")
    public GoalArea goalArea;

    public Integer effect;

    public Integer feasibility;

    @Enumerated(EnumType.STRING)
    public AreaStatus status = AreaStatus.POSSIBLE;

    @Column(name = "chosen_on")
    public LocalDate chosenOn;

    /** An example, as the source marks it ("Ex:"), not a decided area. */
    public boolean example;

    @Embedded
    public Provenance provenance;
}
