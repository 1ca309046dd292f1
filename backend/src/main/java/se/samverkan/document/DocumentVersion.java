package se.samverkan.document;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.UUID;

/** One uploaded file of a document; never changed or removed once stored. */
@Entity
public class DocumentVersion {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Document document;

    public int number;

    public String fileName;

    public String mediaType;

    public long sizeBytes;

    public String sha256;

    public UUID blobId;

    public String textContent;

    public Instant createdAt;

    public String createdBy;
}
