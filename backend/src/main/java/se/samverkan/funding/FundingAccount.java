package se.samverkan.funding;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** Redovisning: what a project did with the money, due on a date. */
@Entity
public class FundingAccount extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public FundingProject project;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public AccountStatus status;

    public BigDecimal spent;

    public String whatWasDone;

    public String results;

    public Instant filedAt;

    public String filedBy;

    @Embedded
    public Provenance provenance;

    /** Overdue while not filed after its due date (Swedish dates). */
    public boolean isOverdue(LocalDate today) {
        return status == AccountStatus.DUE && dueOn.isBefore(today);
    }
}
