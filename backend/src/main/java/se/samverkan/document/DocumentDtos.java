package se.samverkan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.history.HistoryEntryDto;

/** The read models of the documents API. */
public final class DocumentDtos {

    private DocumentDtos() {}

    @Schema(
            name = "DocumentOwner",
            description = "What the document is attached to; parentId is the meeting of an agenda item,"
                    + " the forum of a meeting or status report, the agreement of a follow-up round")
    public record OwnerRef(
            OwnerType type, UUID id, String title, @Optional UUID parentId, @Optional String countyCode) {}

    @Schema(name = "DocumentVersion", description = "One stored file of a document; older versions are kept")
    public record VersionDto(
            int number,
            String fileName,
            String mediaType,
            long sizeBytes,
            @Schema(description = "SHA-256 of the content, hex") String sha256,
            Instant createdAt,
            String createdBy) {}

    @Schema(name = "DocumentPermissions")
    public record Permissions(
            boolean update,
            @Schema(description = "Upload a new version (files only)") boolean newVersion,
            @Schema(description = "False once the owner is adopted or published") boolean delete) {}

    @Schema(
            name = "Document",
            description = "A file (with its versions) or a link attached to an agreement, meeting,"
                    + " agenda item, status report or follow-up round")
    public record DocumentDto(
            UUID id,
            OwnerRef owner,
            DocumentType type,
            String title,
            DocumentKind kind,
            @Schema(description = "ISO 639-1, e.g. sv") String language,
            DocumentVisibility visibility,
            @Optional @Schema(description = "Links only") String url,
            @Optional @Schema(description = "Files only: the newest version") VersionDto current,
            @Schema(description = "Newest first; empty for links") List<VersionDto> versions,
            long version,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            Permissions permissions)
            implements Versioned {}

    @Schema(
            name = "DocumentList",
            description = "The documents of one owner the caller may read, and whether they may attach more")
    public record DocumentList(OwnerRef owner, List<DocumentDto> items, boolean canAttach) {}

    @Schema(name = "DocumentHistory")
    public record History(List<HistoryEntryDto> entries) {}
}
