package se.samverkan.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.PageQuery;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Organisations",
        description = "Parties of the cooperation: municipalities, agencies, regions, federations …")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @GET
    @Operation(
            summary = "List organisations",
            description = "Paged; filter by type and county, search by name or organisation number")
    @APIResponseSchema(value = OrganisationPage.class, responseCode = "200", responseDescription = "OK")
    public Response listOrganisations(
            @Valid @BeanParam OrganisationQuery query,
            @Valid @BeanParam PageQuery paging,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once per page while nothing it shows changes (KeptJson), not per request.
        var page = service.listJson(query.filter(), query.sortOrder(), paging.page(), paging.size());
        return PublicReads.respond(page, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one organisation")
    @APIResponseSchema(value = OrganisationDetails.class, responseCode = "200", responseDescription = "OK")
    public Response getOrganisation(@PathParam("id") UUID id) {
        // The public's view is written once while nothing it shows changes (KeptJson), not per request.
        var organisation = service.getJson(id);
        return Response.ok(organisation.bytes(), MediaType.APPLICATION_JSON)
                .tag(EntityTags.of(organisation.value().version()))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            summary = "Every recorded change of the organisation, newest first",
            description = "Public, like the organisation")
    public List<HistoryEntryDto> getOrganisationHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Register an organisation", description = "Admins anywhere; a coordinator in their own county")
    @APIResponseSchema(value = OrganisationDetails.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<OrganisationDetails> createOrganisation(
            @NotNull(message = "{validation.body-required}") @Valid OrganisationInput input) {
        OrganisationDetails created = service.create(input);
        return EntityTags.created("organisations", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace an organisation", description = "Requires If-Match with the ETag that was read")
    public RestResponse<OrganisationDetails> updateOrganisation(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid OrganisationInput input) {
        return EntityTags.ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Delete an organisation", description = "Only when nothing refers to it; requires If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteOrganisation(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }
}
