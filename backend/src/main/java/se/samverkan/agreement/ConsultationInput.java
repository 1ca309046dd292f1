package se.samverkan.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.organisation.Organisation;

/** A party's input during consultation (förankring), on the agreement as a whole or on one goal area. */
@Entity
public class ConsultationInput extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    /** The goal area the input is about; null for the agreement as a whole. */
    public UUID goalAreaId;

    /** The party organisation whose input it is; its members edit it while the consultation is open. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    public String text;
}
