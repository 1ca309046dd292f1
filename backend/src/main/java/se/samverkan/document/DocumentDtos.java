package se.samverkan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.history.HistoryEntryDto;

/** The read models of the documents API. */
public final class DocumentDtos {

    private DocumentDtos() {}

    @Schema(
            name = "DocumentOwner",
            description = "What the document is attached to; parentId is the meeting of an agenda item,"
                    + " the forum of a meeting or status report, the agreement of a follow-up round")
    public record OwnerRef(
            @Schema(required = true) OwnerType type,
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            UUID parentId,
            String countyCode) {}

    @Schema(name = "DocumentVersion", description = "One stored file of a document; older versions are kept")
    public record VersionDto(
            @Schema(required = true) int number,
            @Schema(required = true) String fileName,
            @Schema(required = true) String mediaType,
            @Schema(required = true) long sizeBytes,
            @Schema(required = true, description = "SHA-256 of the content, hex") String sha256,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy) {}

    @Schema(name = "DocumentPermissions")
    public record Permissions(
            @Schema(required = true) boolean update,
            @Schema(required = true, description = "Upload a new version (files only)") boolean newVersion,
            @Schema(required = true, description = "False once the owner is adopted or published") boolean delete) {}

    @Schema(
            name = "Document",
            description = "A file (with its versions) or a link attached to an agreement, meeting,"
                    + " agenda item, status report or follow-up round")
    public record DocumentDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) OwnerRef owner,
            @Schema(required = true) DocumentType type,
            @Schema(required = true) String title,
            @Schema(required = true) DocumentKind kind,
            @Schema(required = true, description = "ISO 639-1, e.g. sv") String language,
            @Schema(required = true) DocumentVisibility visibility,
            @Schema(description = "Links only") String url,
            @Schema(description = "Files only: the newest version") VersionDto current,
            @Schema(required = true, description = "Newest first; empty for links") List<VersionDto> versions,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) Permissions permissions)
            implements Versioned {}

    @Schema(
            name = "DocumentList",
            description = "The documents of one owner the caller may read, and whether they may attach more")
    public record DocumentList(
            @Schema(required = true) OwnerRef owner,
            @Schema(required = true) List<DocumentDto> items,
            @Schema(required = true) boolean canAttach) {}

    @Schema(name = "DocumentHistory")
    public record History(@Schema(required = true) List<HistoryEntryDto> entries) {}
}
