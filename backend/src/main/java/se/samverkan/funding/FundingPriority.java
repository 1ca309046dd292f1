package se.samverkan.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.TargetGroup;

/** A priority a call states, with the goal areas, strategies and target groups it serves. */
@Entity
@Table(name = "funding_call_priority")
public class FundingPriority {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public FundingCall call;

    public int position;

    public String text;

    @ManyToMany
    @JoinTable(
            name = "funding_call_priority_goal_area",
            joinColumns = @JoinColumn(name = "priority_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_area_id"))
    public Set<GoalArea> goalAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_call_priority_strategy", joinColumns = @JoinColumn(name = "priority_id"))
    public Set<StrategyLink> strategies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_call_priority_target_group", joinColumns = @JoinColumn(name = "priority_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    public Set<TargetGroup> targetGroups = new LinkedHashSet<>();
}
