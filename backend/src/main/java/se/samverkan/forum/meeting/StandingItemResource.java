package se.samverkan.forum.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;
import se.samverkan.forum.meeting.MeetingDtos.StandingItemDto;
import se.samverkan.forum.meeting.MeetingDtos.StandingItemList;

@Path("/api/v1/forums/{id}/standing-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class StandingItemResource {

    @Inject
    StandingItemService service;

    @GET
    @Operation(
            summary = "A forum's standing agenda points, in order",
            description = "Public like the forum; every meeting planned afterwards starts its agenda with them")
    public StandingItemList listStandingItems(@PathParam("id") UUID forumId) {
        return service.list(forumId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Add a standing agenda point",
            description = "At the given position or last; admins and the coordinator of the forum's county")
    @APIResponseSchema(value = StandingItemDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<StandingItemDto> addStandingItem(
            @PathParam("id") UUID forumId,
            @NotNull(message = "{validation.body-required}") @Valid StandingItemInput input) {
        var item = service.add(forumId, input);
        return EntityTags.created("forums/" + forumId + "/standing-items", item.id(), item);
    }

    @PUT
    @Path("/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace a standing agenda point",
            description = "Meetings planned before keep their agenda; needs If-Match with the point's version")
    public RestResponse<StandingItemDto> updateStandingItem(
            @PathParam("id") UUID forumId,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid StandingItemInput input) {
        return EntityTags.ok(service.update(forumId, itemId, ifMatch, input));
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a standing agenda point", description = "Needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeStandingItem(
            @PathParam("id") UUID forumId,
            @PathParam("itemId") UUID itemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(forumId, itemId, ifMatch);
    }
}
