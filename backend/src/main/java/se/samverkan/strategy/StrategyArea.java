package se.samverkan.strategy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import se.samverkan.agreement.GoalArea;

/** A possible area of action for a target group, scored by effect and feasibility; once chosen, an area of action. */
@Entity
public class StrategyArea extends AnalysisEntry {

    public String title;

    public String description;

    /** The goal area it serves (of the same agreement), when named: its plan rolls up there. */
    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    public Integer effect;

    public Integer feasibility;

    @Enumerated(EnumType.STRING)
    public AreaStatus status = AreaStatus.POSSIBLE;

    public LocalDate chosenOn;
}
