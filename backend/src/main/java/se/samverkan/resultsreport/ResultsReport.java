package se.samverkan.resultsreport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.reference.County;

/** Resultatredovisning: a county's report of one year to the ministry, one part per assignment. */
@Entity
public class ResultsReport extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public County county;

    public int year;

    @Enumerated(EnumType.STRING)
    public ResultsReportStatus status;

    public Instant approvedAt;

    public String approvedBy;

    /** Only the assignments written about; the others are empty. */
    @ElementCollection
    @CollectionTable(name = "results_report_part", joinColumns = @JoinColumn(name = "report_id"))
    public List<ResultsReportPart> parts = new ArrayList<>();

    @Embedded
    public Provenance provenance;

    public String countyCode() {
        return county.code;
    }

    public Optional<ResultsReportPart> part(Assignment assignment) {
        return parts.stream().filter(p -> p.assignment == assignment).findFirst();
    }
}
