package se.samverkan.forum;

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
import se.samverkan.agreement.Level;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.Paging;
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

    static final String LEVELS = "NATIONAL|REGIONAL|SUBREGIONAL|LOCAL";
    static final String KINDS = "FORUM|NETWORK|WORKING_GROUP";
    private static final String IF_MATCH = "The ETag (version) the change is based on";

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
    public ForumPage listForums(
            @Parameter(description = "Text in the name")
                    @QueryParam("q")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String q,
            @Parameter(description = "County code, e.g. 14")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code")
                    String county,
            @Parameter(schema = @Schema(implementation = Level.class))
                    @QueryParam("level")
                    @Pattern(regexp = LEVELS, message = "must be one of " + LEVELS)
                    String level,
            @Parameter(schema = @Schema(implementation = ForumKind.class))
                    @QueryParam("kind")
                    @Pattern(regexp = KINDS, message = "must be one of " + KINDS)
                    String kind,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = Paging.MAX_PAGE, message = "must be " + Paging.MAX_PAGE + " or less")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "must be between 1 and 100")
                    @Max(value = 100, message = "must be between 1 and 100")
                    int size) {
        var filter = new ForumRepository.Filter(
                q, county, level == null ? null : Level.valueOf(level), kind == null ? null : ForumKind.valueOf(kind));
        return service.list(filter, page, size);
    }

    @GET
    @Path("/forum-structure/{countyCode}")
    @Operation(
            summary = "The forum structure of a county (\"Figur 1\")",
            description =
                    "Public. The county's forums grouped by level (national, regional, sub-regional, local), with the national"
                            + " forums they link to, every \"prepares for\" / \"reports to\" link, and each forum's working groups. Ordered, so"
                            + " it can be drawn and read as a nested list alike")
    public Structure getForumStructure(
            @PathParam("countyCode") @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code")
                    String countyCode) {
        return service.structure(countyCode);
    }

    @GET
    @Path("/forums/{id}")
    @Operation(
            summary = "Get a forum with its members, mandate, purposes, links and agreements",
            description = "Public")
    @APIResponse(
            responseCode = "200",
            description = "The forum; its version is the ETag",
            content = @Content(schema = @Schema(implementation = ForumDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ForumDto> getForum(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Path("/forums")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Create a forum",
            description = "Admins anywhere (national forums only admins); a coordinator in their own county")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ForumDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ForumDto> createForum(
            @NotNull(message = "a JSON body is required") @Valid ForumInput input, UriInfo uriInfo) {
        ForumDto created = service.create(input);
        return RestResponse.ResponseBuilder.<ForumDto>created(uriInfo.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .tag(EntityTags.of(created.version()))
                .build();
    }

    @PUT
    @Path("/forums/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Replace a forum's own fields", description = "Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ForumDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ForumDto> updateForum(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ForumInput input) {
        return ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/forums/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Delete a forum",
            description = "Only one without meetings, action items, status reports or linked forums; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteForum(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/forums/{id}/history")
    @Operation(summary = "Every change of the forum and its members, newest first", description = "Public")
    public List<HistoryEntryDto> getForumHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("/forums/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a member organisation with its representatives")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = MemberDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<MemberDto> addForumMember(
            @PathParam("id") UUID id, @NotNull(message = "a JSON body is required") @Valid MemberInput input) {
        MemberDto member = members.addMember(id, input);
        return RestResponse.ResponseBuilder.<MemberDto>create(RestResponse.Status.CREATED)
                .entity(member)
                .tag(EntityTags.of(member.version()))
                .build();
    }

    @PUT
    @Path("/forums/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Replace a member", description = "Needs If-Match with the member's version")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = MemberDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<MemberDto> updateForumMember(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid MemberInput input) {
        MemberDto member = members.updateMember(id, memberId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(member)
                .tag(EntityTags.of(member.version()))
                .build();
    }

    @DELETE
    @Path("/forums/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Remove a member", description = "Needs If-Match with the member's version")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeForumMember(
            @PathParam("id") UUID id,
            @PathParam("memberId") UUID memberId,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        members.removeMember(id, memberId, ifMatch);
    }

    private static RestResponse<ForumDto> ok(ForumDto forum) {
        return RestResponse.ResponseBuilder.ok(forum)
                .tag(EntityTags.of(forum.version()))
                .build();
    }
}
