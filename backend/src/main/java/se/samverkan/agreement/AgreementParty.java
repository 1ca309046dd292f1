package se.samverkan.agreement;

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
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/** An organisation's part in an agreement, and who signed for it. */
@Entity
public class AgreementParty extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public PartyRole role;

    public LocalDate signedOn;

    public int position;

    @ElementCollection
    @CollectionTable(name = "agreement_party_signatory", joinColumns = @JoinColumn(name = "party_id"))
    @OrderColumn(name = "position")
    public List<Signatory> signatories = new ArrayList<>();

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
