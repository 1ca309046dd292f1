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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.common.time.Clocks;
import se.samverkan.reference.County;
import se.samverkan.reference.Municipality;

/** A cooperation document: RÖK, LÖK, RUS or cooperation plan. */
@Entity
public class Agreement extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AgreementKind kind;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    @ManyToOne(fetch = FetchType.LAZY)
    public Municipality municipality;

    public int firstYear;

    public int lastYear;

    public String purpose;

    public String background;

    public String reportNumber;

    /** Diarienummer: the case in the county board's register. */
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    public LocalDate adoptedOn;

    /** The meeting decision that adopted it; null when adopted directly or transcribed from a document. */
    public java.util.UUID adoptionDecisionId;

    /** The regional agreement a local one sits under. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_agreement_id")
    public Agreement parent;

    /** The agreement this one revises; it becomes SUPERSEDED when this one is adopted. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement supersedes;

    @ElementCollection
    @CollectionTable(name = "agreement_legal_reference", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    public List<LegalReference> legalBasis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_target_group", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "target_group")
    @Enumerated(EnumType.STRING)
    public Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_perspective", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "perspective")
    @Enumerated(EnumType.STRING)
    public Set<Perspective> perspectives = new LinkedHashSet<>();

    @OneToMany(mappedBy = "agreement")
    @OrderBy("position")
    public List<AgreementParty> parties = new ArrayList<>();

    @OneToMany(mappedBy = "agreement")
    public List<GoalArea> goalAreas = new ArrayList<>();

    public String countyCode() {
        return county.code;
    }

    /** The period has ended once its last year is over, in Swedish time. */
    public boolean periodEnded(Clock clock) {
        return lastYear < Clocks.today(clock).getYear();
    }
    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
