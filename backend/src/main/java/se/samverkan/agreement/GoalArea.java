package se.samverkan.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** Målområde / insatsområde: a numbered area with a goal statement, ordered strategies and responsibilities. */
@Entity
public class GoalArea extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    /** A numbered goal area, or an area the parties monitor without a number. */
    @Enumerated(EnumType.STRING)
    public GoalAreaKind kind = GoalAreaKind.GOAL_AREA;

    /** Null only for a monitored area. */
    public String number;

    public String title;

    public String goal;

    @ElementCollection
    @CollectionTable(name = "goal_area_strategy", joinColumns = @JoinColumn(name = "goal_area_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> strategies = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "goal_area_target_group", joinColumns = @JoinColumn(name = "goal_area_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    public Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    /** A LÖK's goal area may name the RÖK goal area (of its parent agreement) it answers to (issue 10). */
    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea answersTo;

    @OneToMany(mappedBy = "goalArea")
    @OrderBy("kind, level, createdAt")
    public List<Responsibility> responsibilities = new ArrayList<>();

    @OneToMany(mappedBy = "goalArea")
    @OrderBy("year desc")
    public List<YearlyPriority> priorities = new ArrayList<>();

    /** "3.2 Hälsa", or the title alone for an area without a number. */
    public String label() {
        return number == null ? title : number + " " + title;
    }

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
