package se.samverkan.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.document.DocumentDtos.DocumentDto;
import se.samverkan.document.DocumentDtos.DocumentList;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Documents",
        description =
                "Files and links attached to agreements, meetings, agenda items, status reports and follow-up rounds")
public class DocumentResource {

    private static final String FILE_RULES =
            "The type is decided by the content: PDF, Word, Excel, PowerPoint, OpenDocument, CSV,"
                    + " PNG or JPEG (else 415); at most samverkan.documents.max-bytes, 25 MB by default (else 413); an empty or"
                    + " damaged PDF is 400";

    @Inject
    DocumentService service;

    @GET
    @Operation(
            summary = "The documents and links of one owner the caller may read",
            description = "Public documents of what the caller sees; internal ones only for the owner's insiders")
    public DocumentList listDocuments(@Valid @BeanParam DocumentQuery query) {
        return service.list(query.ownerType(), UUID.fromString(query.ownerId()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Attach a file", description = FILE_RULES + ". Whoever may change the owner")
    @APIResponseSchema(
            value = DocumentDto.class,
            responseCode = "201",
            responseDescription = "Attached; version 1 of the file")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not an accepted type of file")
    public RestResponse<DocumentDto> attachFile(@BeanParam @Valid DocumentForm form) {
        DocumentDto created = service.attachFile(
                OwnerType.valueOf(form.ownerType),
                UUID.fromString(form.ownerId),
                form.title.strip(),
                DocumentKind.valueOf(form.kind),
                form.language,
                DocumentVisibility.valueOf(form.visibility),
                upload(form.file));
        return EntityTags.created("documents", created.id(), created);
    }

    @POST
    @Path("/links")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Attach a link to a document published elsewhere",
            description = "Whoever may change the owner")
    @APIResponseSchema(value = DocumentDto.class, responseCode = "201", responseDescription = "Attached")
    public RestResponse<DocumentDto> attachLink(
            @NotNull(message = "{validation.body-required}") @Valid LinkInput input) {
        DocumentDto created = service.attachLink(input);
        return EntityTags.created("documents", created.id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A document with its versions", description = "404 when the caller may not read it")
    public RestResponse<DocumentDto> getDocument(@PathParam("id") UUID id) {
        DocumentDto document = service.get(id);
        return EntityTags.ok(document);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Change a document's title, kind, language, visibility (and a link's address)",
            description = "Needs If-Match")
    public RestResponse<DocumentDto> updateDocument(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid DocumentUpdate input) {
        DocumentDto document = service.update(target.id(), target.ifMatch(), input);
        return EntityTags.ok(document);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Remove a document",
            description =
                    "Not once the owner is adopted, published or approved (409): such files are only superseded. Needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteDocument(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Upload a new version of the file",
            description =
                    FILE_RULES
                            + ". The older versions are kept. Needs If-Match: of two uploads based on the same version one wins, the other gets 412")
    @APIResponseSchema(
            value = DocumentDto.class,
            responseCode = "201",
            responseDescription = "The document with its new current version")
    @APIResponse(responseCode = "413", description = "The file is too large")
    @APIResponse(responseCode = "415", description = "Not an accepted type of file")
    public RestResponse<DocumentDto> addDocumentVersion(@BeanParam VersionedId target, @BeanParam VersionForm form) {
        DocumentDto document = service.newVersion(target.id(), target.ifMatch(), upload(form.file));
        return EntityTags.created(
                EntityTags.location(
                        "documents",
                        target.id() + "/content?version=" + document.current().number()),
                document);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download the file",
            description = "The current version, or the one asked for; streamed, as an attachment")
    // Served with the type its content was recognised as: DownloadTypesFilter lists the accepted ones.
    @APIResponse(responseCode = "200", description = "The file")
    public Response downloadDocument(
            @PathParam("id") UUID id,
            @Parameter(description = "A version number; default the current one")
                    @QueryParam("version")
                    @Min(value = 1, message = "{validation.must-be-value-or-more}")
                    Integer version) {
        DocumentService.Download download = service.download(id, version);
        StreamingOutput body = out -> service.copyTo(download, out);
        return Response.ok(body, download.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", contentDisposition(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header(HttpHeaders.ETAG, "\"" + download.sha256() + "\"")
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who attached, changed and superseded the document, and when")
    public List<HistoryEntryDto> getDocumentHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    /** RFC 6266: an ASCII fallback name and the exact UTF-8 name in filename*. Always an attachment, never rendered inline. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints()
                .forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static DocumentService.Upload upload(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        return new DocumentService.Upload(file.uploadedFile(), file.fileName(), file.size());
    }
}
