package se.samverkan.funding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.reference.County;

/** Utlysning: a programme's money offered in one county and year, with its deadline and stated priorities. */
@Entity
public class FundingCall extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public FundingProgramme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    public int year;

    public String title;

    public String description;

    public LocalDate startsOn;

    public LocalDate endsOn;

    /** The last day an application may be submitted. */
    public LocalDate deadline;

    public BigDecimal budget;

    /** How much weight the county's strategy is given ("Fördelning av statliga medel – lägger vikt vid RUS"). */
    public String strategyWeight;

    @Enumerated(EnumType.STRING)
    public CallStatus status;

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<FundingPriority> priorities = new ArrayList<>();

    @Embedded
    public Provenance provenance;

    public String countyCode() {
        return county.code;
    }
}
