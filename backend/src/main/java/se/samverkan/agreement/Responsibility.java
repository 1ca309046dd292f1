package se.samverkan.agreement;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/** Ansvarig eller övrig part for a goal area, at one level. */
@Entity
public class Responsibility extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public GoalArea goalArea;

    /** Null when the row stands for "övriga undertecknande parter" or a collective party. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    public boolean allOtherSignatories;

    @Enumerated(EnumType.STRING)
    public ResponsibilityKind kind;

    /** Null when the agreement does not state the level. */
    @Enumerated(EnumType.STRING)
    public Level level;

    /** A party that is no single organisation ("civilsamhället"); then organisation is null. */
    public String collectiveParty;

    /** Through what the party takes part ("genom projekt Bosättning Västmanland (§37) 2016"). */
    public String qualifier;

    /** The project the qualifier names, when it is registered (funding); the text stays as the source wrote it. */
    public UUID projectId;

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
