package se.samverkan.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One uploaded file of a document; never changed or removed once stored. */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public Document document;

    public int number;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "blob_id")
    public UUID blobId;

    @Column(name = "text_content")
    public String textContent;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
