package se.samverkan.agreement;

import static se.samverkan.common.http.EntityTags.ok;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.AgreementPage;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.PageQuery;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.json.InputRules;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.security.Roles;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "RÖK, LÖK, regional strategies and cooperation plans")
public class AgreementResource {

    @Inject
    AgreementService service;

    @Inject
    AgreementRevisions revisions;

    @Inject
    CurrentUser user;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @GET
    @Operation(
            summary = "List agreements the caller may see",
            description = "Public: adopted, expired and superseded. Paged; filters; Swedish full-text search in q")
    @APIResponseSchema(value = AgreementPage.class, responseCode = "200", responseDescription = "OK")
    public Response listAgreements(
            @Valid @BeanParam AgreementQuery query,
            @Valid @BeanParam PageQuery paging,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once per page while nothing it shows changes (KeptJson), not per request.
        var page = service.list(query.filter(), query.sortOrder(), paging.page(), paging.size());
        return PublicReads.respond(page, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an agreement as a document: fields, parties, goal areas, responsibilities, priorities")
    @APIResponseSchema(
            value = AgreementDto.class,
            responseCode = "200",
            responseDescription = "The agreement; its version is the ETag")
    public Response getAgreement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once per view of the document (AgreementDocuments), not per request.
        AgreementDocuments.Rendered document = service.document(id);
        if (user.isAuthenticated()) {
            return Response.ok(document.json(json), MediaType.APPLICATION_JSON)
                    .tag(EntityTags.of(document.document().version()))
                    .build();
        }
        // The public sees only adopted, expired and superseded documents, the same for everyone: a content ETag lets
        // clients and shared caches revalidate (304) instead of downloading the document again.
        return PublicReads.respond(
                document.json(json), MediaType.APPLICATION_JSON, document.contentTag(json), ifNoneMatch, true);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Create an agreement as a draft",
            description = "Admins anywhere; a coordinator in their own county")
    @APIResponseSchema(value = AgreementDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<AgreementDto> createAgreement(
            @NotNull(message = "{validation.body-required}") @Valid AgreementInput input) {
        AgreementDto created = service.create(input);
        return EntityTags.created("agreements", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace an agreement's own fields",
            description = "Drafts and consultation versions only; needs If-Match")
    public RestResponse<AgreementDto> updateAgreement(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid AgreementInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete a draft",
            description = "An agreement that was ever adopted is never deleted; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAgreement(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Move an agreement through its lifecycle",
            description =
                    "DRAFT → CONSULTATION → ADOPTED (≥ 2 parties, ≥ 1 goal area; a revision supersedes its predecessor); "
                            + "ADOPTED → EXPIRED after the period. Illegal steps are 409 problems naming the rule. Needs If-Match")
    public RestResponse<AgreementDto> changeAgreementStatus(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid StatusChangeInput input) {
        return ok(service.changeStatus(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Start a new version of an adopted agreement",
            description =
                    "A draft copying its fields, parties, goal areas, strategies and responsibilities, naming it as "
                            + "the agreement it revises (adopting the draft supersedes it). Adopted or expired agreements only, "
                            + "one open revision at a time: otherwise a 409 naming the rule")
    @APIResponseSchema(value = AgreementDto.class, responseCode = "201", responseDescription = "The new draft")
    public RestResponse<AgreementDto> reviseAgreement(@PathParam("id") UUID id) {
        AgreementDto created = revisions.revise(id);
        return EntityTags.created("agreements", created.id(), created);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change of the agreement and its parts, newest first")
    public List<HistoryEntryDto> getAgreementHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(
            summary = "Compare with another agreement of the same revision chain",
            description =
                    "Changed fields, goal areas, strategies, parties and focus; older → newer whichever id is given first")
    @APIResponseSchema(
            value = AgreementComparison.ComparisonDto.class,
            responseCode = "200",
            responseDescription = "The differences")
    public AgreementComparison.ComparisonDto compareAgreements(
            @PathParam("id") UUID id,
            @Parameter(description = "The other agreement (id)", required = true, schema = @Schema(format = "uuid"))
                    @QueryParam("with")
                    @NotNull(message = "{validation.required}")
                    @Pattern(regexp = InputRules.UUID_PATTERN, message = "{validation.must-be-an-agreement-id-uuid}")
                    String with) {
        return service.compare(id, UUID.fromString(with));
    }
}
