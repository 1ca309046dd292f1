package se.samverkan.funding;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.GoalArea;
import se.samverkan.agreement.TargetGroup;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;
import se.samverkan.reference.County;

/** A project: from a granted application or funded elsewhere. Public: who got what for what. */
@Entity
public class FundingProject extends AuditedEntity {

    @Id
    public UUID id;

    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    /** Null where the source names no owner. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    public Organisation owner;

    @ManyToMany
    @JoinTable(
            name = "funding_project_partner",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> partners = new ArrayList<>();

    /** The granted application it comes from; null for a project funded elsewhere. */
    @OneToOne(fetch = FetchType.LAZY)
    public FundingApplication application;

    public LocalDate startsOn;

    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    public String results;

    @ElementCollection
    @CollectionTable(name = "funding_project_budget", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    public List<BudgetLine> budget = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "funding_project_goal_area",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_area_id"))
    public Set<GoalArea> goalAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_project_strategy", joinColumns = @JoinColumn(name = "project_id"))
    public Set<StrategyLink> strategies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_project_target_group", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    public Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @Embedded
    public Provenance provenance;

    public String countyCode() {
        return county.code;
    }
}
