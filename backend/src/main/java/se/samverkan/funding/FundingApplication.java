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
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.Instant;
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

/** Ansökan: an organisation (with co-applicants) asks a call for money for a project. */
@Entity
public class FundingApplication extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public FundingCall call;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applicant_organisation_id")
    public Organisation applicant;

    @ManyToMany
    @JoinTable(
            name = "funding_application_co_applicant",
            joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<Organisation> coApplicants = new ArrayList<>();

    public String projectName;

    public String description;

    public BigDecimal amountApplied;

    public LocalDate startsOn;

    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    public Instant submittedAt;

    public BigDecimal amountGranted;

    public LocalDate decidedOn;

    /** Diarienummer of the decision. */
    public String caseNumber;

    /** Why it was rejected (or a note on the grant). */
    public String decisionReason;

    @ManyToMany
    @JoinTable(
            name = "funding_application_goal_area",
            joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "goal_area_id"))
    public Set<GoalArea> goalAreas = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_application_strategy", joinColumns = @JoinColumn(name = "application_id"))
    public Set<StrategyLink> strategies = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_application_target_group", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    public Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @Embedded
    public Provenance provenance;
}
