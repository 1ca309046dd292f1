package se.samverkan.funding;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** A source of money: §37, §37a, TIA, ESF+, AMIF or another, with its legal basis and managing authority. */
@Entity
public class FundingProgramme extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ProgrammeKind kind;

    public String name;

    public String description;

    /** SFS number of the statute the money is paid under, e.g. 2010:1122. */
    public String sfsNumber;

    public String legalTitle;

    public String managingAuthority;

    @Embedded
    public Provenance provenance;
}
