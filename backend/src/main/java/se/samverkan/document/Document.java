package se.samverkan.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;

/** A file or link attached to an agreement, meeting, agenda item, status report or follow-up round. */
@Entity
public class Document extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OwnerType ownerType;

    public UUID ownerId;

    /** The owner's county, kept for the search filter; null for national forums. */
    public String countyCode;

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    public String title;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    public String language;

    @Enumerated(EnumType.STRING)
    public DocumentVisibility visibility;

    public String url;

    /** The number of the newest file version; older ones are kept. 0 for links. */
    public int currentVersion;

    @OneToMany(mappedBy = "document")
    @OrderBy("number desc")
    public List<DocumentVersion> versions = new ArrayList<>();

    public DocumentVersion current() {
        return versions.stream()
                .filter(v -> v.number == currentVersion)
                .findFirst()
                .orElse(null);
    }
}
