package se.samverkan.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.Level;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;
import se.samverkan.reference.County;
import se.samverkan.reference.Municipality;

/** A cooperation forum (samverkansforum) at one level: a council, a consultation, a network or a working group. */
@Entity
public class Forum extends AuditedEntity {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public ForumKind kind;

    @Enumerated(EnumType.STRING)
    public Level level;

    /** Null for a national forum. */
    @ManyToOne(fetch = FetchType.LAZY)
    public County county;

    /** Sammankallande: the organisation that convenes and leads the forum. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "convener_organisation_id")
    public Organisation convener;

    /** Who chairs the meetings, as printed ("Landshövdingen"). */
    public String chair;

    public String description;

    public Integer meetingsPerYear;

    /** Who else is invited when needed ("Övriga parter bjuds in vid behov …"). */
    public String invitedAsNeeded;

    /** The forum this one prepares for or reports to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_forum_id")
    public Forum parent;

    @Enumerated(EnumType.STRING)
    public ForumRelation parentRelation;

    /** When a temporary working group ends. */
    public LocalDate endsOn;

    @ElementCollection
    @CollectionTable(name = "forum_mandate_point", joinColumns = @JoinColumn(name = "forum_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> mandate = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "forum_purpose", joinColumns = @JoinColumn(name = "forum_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> purposes = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "forum_agreement",
            joinColumns = @JoinColumn(name = "forum_id"),
            inverseJoinColumns = @JoinColumn(name = "agreement_id"))
    public Set<Agreement> agreements = new LinkedHashSet<>();

    /** The municipalities a sub-regional or local forum covers. */
    @ManyToMany
    @JoinTable(
            name = "forum_municipality",
            joinColumns = @JoinColumn(name = "forum_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_code"))
    @OrderBy("name")
    public Set<Municipality> municipalities = new LinkedHashSet<>();

    @OneToMany(mappedBy = "forum")
    @OrderBy("position")
    public List<ForumMember> members = new ArrayList<>();

    public String countyCode() {
        return county == null ? null : county.code;
    }

    /** A temporary working group whose end date has passed is kept, but no longer active. */
    public boolean isActive(LocalDate today) {
        return endsOn == null || !endsOn.isBefore(today);
    }

    /** True when this forum sits at a higher level than the other (national above regional above …). */
    public boolean isAbove(Forum other) {
        return level.ordinal() < other.level.ordinal();
    }

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
