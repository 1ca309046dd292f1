package se.samverkan.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.reference.County;
import se.samverkan.reference.Municipality;

/** A party (part, aktör) in the cooperation. */
@Entity
public class Organisation extends AuditedEntity {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationType type;

    /** Ten digits without dash; unique where present (a regional office shares its agency's number). */
    public String organisationNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    @ManyToOne(fetch = FetchType.LAZY)
    public Municipality municipality;

    /** The agency a regional office belongs to (Migrationsverket region Mitt → Migrationsverket). */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation parent;

    public String website;

    /** The organisation's mandate in the cooperation (Bilaga 2 of a regional agreement). */
    public String mandate;

    public String countyCode() {
        return county == null ? null : county.code;
    }
}
