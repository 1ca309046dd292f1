package se.samverkan.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.Paging;
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
    public OrganisationPage listOrganisations(
            @Parameter(description = "Text in the name or organisation number")
                    @QueryParam("q")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String q,
            @Parameter(schema = @Schema(implementation = OrganisationType.class))
                    @QueryParam("type")
                    @Pattern(
                            regexp = "COUNTY_ADMINISTRATIVE_BOARD|MUNICIPALITY|REGION|STATE_AGENCY|MUNICIPAL_FEDERATION"
                                    + "|COORDINATION_ASSOCIATION|CIVIL_SOCIETY|BUSINESS|ACADEMIA|OTHER",
                            message = "must be one of the organisation types")
                    String type,
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code")
                    String county,
            @Parameter(description = "Zero-based page number")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = Paging.MAX_PAGE, message = "must be " + Paging.MAX_PAGE + " or less")
                    int page,
            @Parameter(description = "Page size, 1 to 100")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be between 1 and 100")
                    @Max(value = 100, message = "must be between 1 and 100")
                    int size,
            @Parameter(schema = @Schema(enumeration = {"name", "-name", "type", "-type", "county", "-county"}))
                    @QueryParam("sort")
                    @DefaultValue("name")
                    @Pattern(
                            regexp = "-?(name|type|county)",
                            message = "must be name, type or county, optionally prefixed by -")
                    String sort) {
        var filter = new OrganisationRepository.Filter(q, type == null ? null : OrganisationType.valueOf(type), county);
        return service.list(filter, sortOrder(sort), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one organisation")
    @APIResponse(
            responseCode = "200",
            description = "The organisation; its version is the ETag",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<OrganisationDetails> getOrganisation(@PathParam("id") UUID id) {
        OrganisationDetails organisation = service.get(id);
        return EntityTags.ok(organisation, organisation.version());
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
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<OrganisationDetails> createOrganisation(
            @NotNull(message = "a JSON body is required") @Valid OrganisationInput input, UriInfo uriInfo) {
        OrganisationDetails created = service.create(input);
        return EntityTags.created(
                uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace an organisation", description = "Requires If-Match with the ETag that was read")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganisationDetails.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<OrganisationDetails> updateOrganisation(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version the change is based on")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid OrganisationInput input) {
        OrganisationDetails updated = service.update(id, ifMatch, input);
        return EntityTags.ok(updated, updated.version());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Delete an organisation", description = "Only when nothing refers to it; requires If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteOrganisation(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version that was read") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        service.delete(id, ifMatch);
    }

    private static OrganisationRepository.SortOrder sortOrder(String sort) {
        return switch (sort) {
            case "-name" -> OrganisationRepository.SortOrder.NAME_DESC;
            case "type" -> OrganisationRepository.SortOrder.TYPE;
            case "-type" -> OrganisationRepository.SortOrder.TYPE_DESC;
            case "county" -> OrganisationRepository.SortOrder.COUNTY;
            case "-county" -> OrganisationRepository.SortOrder.COUNTY_DESC;
            default -> OrganisationRepository.SortOrder.NAME;
        };
    }
}
