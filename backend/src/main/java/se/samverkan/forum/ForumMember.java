package se.samverkan.forum;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/** A member organisation of a forum, how it is represented, and its named representatives. */
@Entity
public class ForumMember extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Forum forum;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    /** A member that is no single organisation ("länsstyrelserna"); then organisation is null. */
    public String collectiveName;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    /** The representation as printed ("Kommunstyrelsens ordförande och/eller annan politisk representant …"). */
    public String description;

    public int position;

    @ElementCollection
    @CollectionTable(name = "forum_member_representative", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    public List<Representative> representatives = new ArrayList<>();

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
