package se.samverkan.document;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.problem.FieldError;
import se.samverkan.common.problem.Found;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;
import se.samverkan.document.DocumentDtos.DocumentDto;
import se.samverkan.document.DocumentDtos.DocumentList;
import se.samverkan.document.DocumentDtos.OwnerRef;
import se.samverkan.document.DocumentDtos.VersionDto;
import se.samverkan.document.DocumentPolicy.Owner;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryReads;

/** Attaching files and links, new versions, downloads; every change recorded in the document's history. */
@ApplicationScoped
public class DocumentService extends HistoryReads {

    public static final String SUBJECT = "DOCUMENT";

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentPolicy policy;

    @Inject
    BlobStorage storage;

    @Inject
    ContentInspector inspector;

    @ConfigProperty(name = "samverkan.documents.max-bytes", defaultValue = "26214400")
    long maxBytes;

    public DocumentService() {
        super(SUBJECT);
    }

    /** An uploaded file as the HTTP layer left it: in a temporary file, never in memory. */
    public record Upload(Path file, String fileName, long size) {}

    /** What a download needs to stream a stored version. */
    public record Download(UUID blobId, String fileName, String mediaType, long size, String sha256) {}

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public DocumentList list(OwnerType type, UUID ownerId) {
        Owner owner = policy.owner(type, ownerId);
        List<DocumentDto> items = documents.ofOwner(type, ownerId).stream()
                .filter(d -> policy.canRead(d, owner))
                .map(d -> dto(d, owner))
                .toList();
        return new DocumentList(ownerRef(owner), items, owner.manageable());
    }

    @Transactional
    public DocumentDto get(UUID id) {
        Document document = find(id);
        return dto(document, policy.assertCanRead(document));
    }

    @Transactional
    public DocumentDto attachFile(
            OwnerType type,
            UUID ownerId,
            String title,
            DocumentKind kind,
            String language,
            DocumentVisibility visibility,
            Upload upload) {
        Owner owner = policy.owner(type, ownerId);
        policy.assertCanAttach(owner);
        Inspected inspected = inspect(upload);
        Document document = newDocument(owner, DocumentType.FILE, title, kind, language, visibility, null);
        document.currentVersion = 1;
        documents.persist(document);
        DocumentVersion version = storeVersion(document, 1, upload, inspected);
        record(document, ChangeRecorder.CREATED, "Attached " + version.fileName, Map.of(), snapshot(document, version));
        return dto(document, owner);
    }

    @Transactional
    public DocumentDto attachLink(LinkInput input) {
        Owner owner = policy.owner(input.ownerType(), input.ownerId());
        policy.assertCanAttach(owner);
        Document document = newDocument(
                owner,
                DocumentType.LINK,
                input.title().strip(),
                input.kind(),
                input.language(),
                input.visibility(),
                input.url().strip());
        documents.persist(document);
        record(document, ChangeRecorder.CREATED, "Linked " + document.url, Map.of(), snapshot(document, null));
        return dto(document, owner);
    }

    /** A new file version; the older ones stay. Two concurrent uploads based on the same version: one wins, one gets 412. */
    @Transactional
    public DocumentDto newVersion(UUID id, String ifMatch, Upload upload) {
        Managed managed = managed(id, ifMatch);
        Document document = managed.document();
        Owner owner = managed.owner();
        if (document.type != DocumentType.FILE) {
            throw ProblemException.ruleViolation("link-has-no-versions", text("document.link-has-no-versions"));
        }
        Inspected inspected = inspect(upload);
        DocumentVersion previous = document.current();
        var before = snapshot(document, previous);
        DocumentVersion version = storeVersion(document, document.currentVersion + 1, upload, inspected);
        document.currentVersion = version.number;
        updated(document, "Version " + version.number + ": " + version.fileName, before, snapshot(document, version));
        return dto(document, owner);
    }

    @Transactional
    public DocumentDto update(UUID id, String ifMatch, DocumentUpdate input) {
        Managed managed = managed(id, ifMatch);
        Document document = managed.document();
        Owner owner = managed.owner();
        if (document.type == DocumentType.LINK
                && (input.url() == null || input.url().isBlank())) {
            throw ProblemException.invalid("url", text("document.required-link"));
        }
        if (document.type == DocumentType.FILE && input.url() != null) {
            throw ProblemException.invalid("url", text("document.only-links-address"));
        }
        var before = snapshot(document, document.current());
        document.title = input.title().strip();
        document.kind = input.kind();
        document.language = input.language();
        document.visibility = input.visibility();
        if (document.type == DocumentType.LINK) {
            document.url = input.url().strip();
        }
        updated(document, "Updated " + document.title, before, snapshot(document, document.current()));
        return dto(document, owner);
    }

    /** Only while the owner is not final: what an adopted agreement or published minutes refer to stays. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Managed managed = managed(id, ifMatch);
        Document document = managed.document();
        Owner owner = managed.owner();
        if (owner.isFinal()) {
            throw ProblemException.ruleViolation("document-kept", text("document.document-kept"));
        }
        record(
                document,
                ChangeRecorder.DELETED,
                "Removed " + document.title,
                snapshot(document, document.current()),
                Map.of());
        // Versions and bytes go with it: nothing final ever referred to them.
        for (DocumentVersion version : document.versions) {
            documents
                    .getEntityManager()
                    .createNativeQuery("delete from stored_blob_chunk where blob_id = :blob")
                    .setParameter("blob", version.blobId)
                    .executeUpdate();
            documents.getEntityManager().remove(version);
        }
        documents.delete(document);
    }

    @Transactional
    public Download download(UUID id, Integer number) {
        Document document = findReadable(id);
        if (document.type != DocumentType.FILE) {
            throw ProblemException.notFound(text("file-document.not-found", id));
        }
        int wanted = number == null ? document.currentVersion : number;
        DocumentVersion version = document.versions.stream()
                .filter(v -> v.number == wanted)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(text("version.not-found", wanted)));
        return new Download(version.blobId, version.fileName, version.mediaType, version.sizeBytes, version.sha256);
    }

    public void copyTo(Download download, java.io.OutputStream out) throws IOException {
        storage.copyTo(download.blobId(), out);
    }

    // ---- files ---------------------------------------------------------------------------------

    private record Inspected(String mediaType, String fileName, String text) {}

    private Inspected inspect(Upload upload) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.invalid("file", text("common.required"));
        }
        if (upload.size() == 0) {
            throw ProblemException.invalid("file", text("document.empty"));
        }
        if (upload.size() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            String mediaType = inspector.detect(upload.file(), upload.fileName());
            if (!inspector.isAllowed(mediaType)) {
                throw new ProblemException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        mediaType == null
                                ? text("document.unknown-type")
                                : text("document.unsupported-type", mediaType),
                        List.of(new FieldError("file", text("document.accepted-type-file"))));
            }
            String text = null;
            if ("application/pdf".equals(mediaType)) {
                try {
                    text = inspector.pdfText(upload.file());
                } catch (IOException | RuntimeException e) {
                    throw ProblemException.invalid("file", text("document.damaged-pdf-cannot-read"));
                }
            }
            return new Inspected(mediaType, ContentInspector.sanitiseFileName(upload.fileName(), mediaType), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE,
                text("document.file-larger-limit-mb", Math.max(1, maxBytes / (1024 * 1024))),
                List.of(new FieldError("file", text("document.too-large"))));
    }

    private DocumentVersion storeVersion(Document document, int number, Upload upload, Inspected inspected) {
        BlobStorage.Stored stored;
        try (InputStream in = Files.newInputStream(upload.file())) {
            stored = storage.store(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentVersion version = new DocumentVersion();
        version.id = UUID.randomUUID();
        version.document = document;
        version.number = number;
        version.fileName = inspected.fileName();
        version.mediaType = inspected.mediaType();
        version.sizeBytes = stored.size();
        version.sha256 = stored.sha256();
        version.blobId = stored.id();
        version.textContent = inspected.text();
        version.createdAt = history.now();
        version.createdBy = history.caller().name();
        documents.getEntityManager().persist(version);
        document.versions.add(0, version);
        documents.refreshSearchVector(version.id);
        return version;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Document newDocument(
            Owner owner,
            DocumentType type,
            String title,
            DocumentKind kind,
            String language,
            DocumentVisibility visibility,
            String url) {
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.ownerType = owner.type();
        document.ownerId = owner.id();
        document.countyCode = owner.countyCode();
        document.type = type;
        document.title = title;
        document.kind = kind;
        document.language = language;
        document.visibility = visibility;
        document.url = url;
        document.stampCreated(history.caller().name(), history.now());
        return document;
    }

    /** A document the caller manages (what it is attached to decides), at the version named in If-Match. */
    private record Managed(Document document, Owner owner) {}

    private Managed managed(UUID id, String ifMatch) {
        Document document = documents
                .findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound(text("document.not-found", id)));
        Owner owner = policy.assertCanManage(document);
        EntityTags.requireMatch(ifMatch, document.version);
        return new Managed(document, owner);
    }

    /** Stamps an edit of the document, records it and flushes. */
    private void updated(Document document, String summary, Map<String, String> before, Map<String, String> after) {
        document.stampUpdated(history.caller().name(), history.now());
        record(document, ChangeRecorder.UPDATED, summary, before, after);
        documents.flush();
    }

    @Override
    protected Document findReadable(UUID id) {
        return Found.checked(find(id), policy::assertCanRead);
    }

    private Document find(UUID id) {
        return documents
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(text("document.not-found", id)));
    }

    private void record(
            Document document, String action, String summary, Map<String, String> before, Map<String, String> after) {
        history.record(
                new ChangeRecorder.Subject(SUBJECT, document.id, "DOCUMENT", document.id),
                action,
                summary,
                before,
                after);
    }

    private static Map<String, String> snapshot(Document document, DocumentVersion current) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", document.title);
        values.put("kind", document.kind.name());
        values.put("language", document.language);
        values.put("visibility", document.visibility.name());
        if (document.url != null) {
            values.put("url", document.url);
        }
        if (current != null) {
            values.put("currentVersion", Integer.toString(current.number));
            values.put("fileName", current.fileName);
            values.put("sha256", current.sha256);
        }
        return values;
    }

    private DocumentDto dto(Document d, Owner owner) {
        List<VersionDto> versions =
                d.versions.stream().map(DocumentService::version).toList();
        DocumentVersion current = d.current();
        return new DocumentDto(
                d.id,
                ownerRef(owner),
                d.type,
                d.title,
                d.kind,
                d.language,
                d.visibility,
                d.url,
                current == null ? null : version(current),
                versions,
                d.version,
                d.createdAt,
                d.createdBy,
                d.updatedAt,
                d.updatedBy,
                policy.permissions(d, owner));
    }

    private static VersionDto version(DocumentVersion v) {
        return new VersionDto(v.number, v.fileName, v.mediaType, v.sizeBytes, v.sha256, v.createdAt, v.createdBy);
    }

    static OwnerRef ownerRef(Owner owner) {
        return new OwnerRef(owner.type(), owner.id(), owner.title(), owner.parentId(), owner.countyCode());
    }
}
