package se.samverkan.grant;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;
import se.samverkan.grant.GrantDtos.DirectoryUser;
import se.samverkan.grant.GrantDtos.FederationMemberDto;
import se.samverkan.grant.GrantDtos.GrantDto;
import se.samverkan.grant.GrantDtos.GrantInput;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grants", description = "Who may do what where: scoped grants to people and service accounts")
public class GrantResource {

    private static final String IF_MATCH = "The ETag of the grant that was read";

    @Inject
    GrantService service;

    @GET
    @Path("/counties/{code}/grants")
    @Authenticated
    @Operation(
            summary = "The grants of a county",
            description = "For its coordinators and admins; active ones, or with includeRevoked also the revoked")
    public List<GrantDto> listCountyGrants(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String code,
            @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        return service.listCounty(code, includeRevoked);
    }

    @GET
    @Path("/counties/{code}/grants/history")
    @Authenticated
    @Operation(summary = "Who granted and revoked what in a county, newest first")
    public List<HistoryEntryDto> getCountyGrantHistory(
            @PathParam("code") @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String code) {
        return service.countyAudit(code);
    }

    @GET
    @Path("/national-grants")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Grants without a county (national readers, statistics providers across counties); admins only")
    public List<GrantDto> listNationalGrants(
            @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked) {
        return service.listNational(includeRevoked);
    }

    @GET
    @Path("/national-grants/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who granted and revoked the grants without a county, newest first; admins only")
    public List<HistoryEntryDto> getNationalGrantHistory() {
        return service.nationalAudit();
    }

    @GET
    @Path("/me/grants")
    @Operation(summary = "The caller's active grants; empty for the public")
    public List<GrantDto> listMyGrants() {
        return service.mine();
    }

    @POST
    @Path("/grants")
    @Authenticated
    @Operation(
            summary = "Grant a right",
            description = "Admins anything; a county's coordinators within their county, never a national reader")
    @APIResponseSchema(
            value = GrantDto.class,
            responseCode = "201",
            responseDescription = "Granted; takes effect on the holder's next request")
    public RestResponse<GrantDto> createGrant(
            @NotNull(message = "{validation.body-required}") @Valid GrantInput input) {
        GrantDto created = service.grant(input);
        return EntityTags.created(EntityTags.location("grants", created.id()), created, created.version());
    }

    @GET
    @Path("/grants/{id}")
    @Authenticated
    @Operation(summary = "One grant", description = "For its holder, the coordinators of its county and admins")
    @APIResponseSchema(
            value = GrantDto.class,
            responseCode = "200",
            responseDescription = "The grant; its version is the ETag")
    public RestResponse<GrantDto> getGrant(@PathParam("id") UUID id) {
        GrantDto grant = service.get(id);
        return EntityTags.ok(grant, grant.version());
    }

    @GET
    @Path("/grants/{id}/history")
    @Authenticated
    @Operation(summary = "Who granted and revoked this grant, and when")
    public List<HistoryEntryDto> getGrantHistory(@PathParam("id") UUID id) {
        return service.grantHistory(id);
    }

    @POST
    @Path("/grants/{id}/revocation")
    @Authenticated
    @Operation(
            summary = "Revoke a grant",
            description = "Takes effect on the holder's next request; the grant stays in the audit. Needs If-Match")
    @APIResponseSchema(value = GrantDto.class, responseCode = "200", responseDescription = "Revoked")
    public RestResponse<GrantDto> revokeGrant(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        GrantDto revoked = service.revoke(id, ifMatch);
        return EntityTags.ok(revoked, revoked.version());
    }

    @GET
    @Path("/grants/users")
    @Authenticated
    @Operation(
            summary = "Search people in Keycloak to grant to",
            description = "By username, name or email; also people who never logged in. Admins and coordinators")
    public List<DirectoryUser> searchGrantableUsers(
            @QueryParam("q")
                    @NotBlank(message = "{validation.not-blank}")
                    @Size(min = 2, max = 100, message = "{validation.must-be-2-to-100-characters}")
                    String q) {
        return service.searchUsers(q);
    }

    @GET
    @Path("/federations/{id}/members")
    @Operation(
            summary = "The member municipalities of a municipal federation",
            description = "Each with its provenance: membership is external data, not from the seed documents")
    public List<FederationMemberDto> listFederationMembers(@PathParam("id") UUID id) {
        return service.federationMembers(id);
    }
}
