package se.samverkan.survey;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.reference.County;

/** Lägesbild: a county's (or, without county, the nation's) yearly questions to its municipalities. */
@Entity
@Table(name = "survey")
public class Survey extends AuditedEntity {

    @Id
    public UUID id;

    /** Null for a national survey. */
    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    public String title;

    public int year;

    public LocalDate opensOn;

    public LocalDate closesOn;

    public String introduction;

    public boolean includeRegion;

    @Enumerated(EnumType.STRING)
    public SurveyStatus status;

    public UUID copiedFromId;

    public Instant publishedAt;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SurveyTheme> themes = new ArrayList<>();

    @Embedded
    public Provenance provenance;

    public String countyCode() {
        return county == null ? null : county.code;
    }

    public boolean national() {
        return county == null;
    }
}
