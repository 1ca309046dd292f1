package se.samverkan.forum;

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
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.forum.ForumDtos.ForumDto;
import se.samverkan.forum.ForumDtos.ForumPage;
import se.samverkan.forum.ForumDtos.MemberDto;
import se.samverkan.forum.ForumDtos.Structure;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Forums",
        description =
                "Councils, consultations, networks and working groups at four levels, their members and structure")
public class ForumResource {

    @Inject
    ForumService service;

    @Inject
    ForumMemberService members;

    @GET
    @Path("/forums")
    @Operation(
            summary = "List forums",
            description =
                    "Public. Filter by county (national forums have none: use level=NATIONAL), level, kind and name")
    public ForumPage listForums(@Valid @BeanParam ForumQuery query) {
        return service.list(query.filter(), query.page(), query.size());
    }

    @GET
    @Path("/forum-structure/{countyCode}")
    @Operation(
            summary = "The forum structure of a county (\"Figur 1\")",
            description =
                    "Public. The county's forums grouped by level (national, regional, sub-regional, local), with the national"
                            + " forums they link to, every \"prepares for\" / \"reports to\" link, and each forum's working groups. Ordered, so"
                            + " it can be drawn and read as a nested list alike")
    @APIResponseSchema(value = Structure.class, responseCode = "200", responseDescription = "OK")
    public Response getForumStructure(
            @PathParam("countyCode")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String countyCode,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once while nothing it shows changes (KeptJson), not per request.
        var structure = service.structureJson(countyCode);
        return PublicReads.respond(structure, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/forums/{id}")
    @Operation(
            summary = "Get a forum with its members, mandate, purposes, links and agreements",
            description = "Public")
    public RestResponse<ForumDto> getForum(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Path("/forums")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Create a forum",
            description = "Admins anywhere (national forums only admins); a coordinator in their own county")
    @APIResponseSchema(value = ForumDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ForumDto> createForum(
            @NotNull(message = "{validation.body-required}") @Valid ForumInput input) {
        ForumDto created = service.create(input);
        return EntityTags.created("forums", created.id(), created);
    }

    @PUT
    @Path("/forums/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a forum's own fields", description = "Needs If-Match")
    public RestResponse<ForumDto> updateForum(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid ForumInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/forums/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete a forum",
            description = "Only one without meetings, action items, status reports or linked forums; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteForum(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @GET
    @Path("/forums/{id}/history")
    @Operation(summary = "Every change of the forum and its members, newest first", description = "Public")
    public List<HistoryEntryDto> getForumHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("/forums/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a member organisation with its representatives")
    @APIResponseSchema(value = MemberDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<MemberDto> addForumMember(
            @PathParam("id") UUID id, @NotNull(message = "{validation.body-required}") @Valid MemberInput input) {
        MemberDto member = members.addMember(id, input);
        return EntityTags.created("forums/" + id + "/members", member.id(), member);
    }

    @PUT
    @Path("/forums/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a member", description = "Needs If-Match with the member's version")
    public RestResponse<MemberDto> updateForumMember(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid MemberInput input) {
        MemberDto member = members.updateMember(id, memberId, ifMatch, input);
        return EntityTags.ok(member);
    }

    @DELETE
    @Path("/forums/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a member", description = "Needs If-Match with the member's version")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeForumMember(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        members.removeMember(id, memberId, ifMatch);
    }
}
