package se.samverkan.forum.action;

import static se.samverkan.common.http.EntityTags.ok;

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
import se.samverkan.forum.action.ActionItemDtos.ActionItemDto;
import se.samverkan.forum.action.ActionItemDtos.Page;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Action items",
        description = "Uppdrag and medskick from meetings: owners, due dates, status, escalation, the board")
public class ActionItemResource {

    @Inject
    ActionItemService service;

    @POST
    @Path("/meetings/{id}/agenda-items/{itemId}/action-items")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Hand out an action item at a point of the agenda",
            description = "Admins and the coordinator of the forum's county; also after the minutes are published")
    @APIResponseSchema(value = ActionItemDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ActionItemDto> createActionItem(
            @PathParam("id") UUID meetingId,
            @PathParam("itemId") UUID itemId,
            @NotNull(message = "{validation.body-required}") @Valid ActionItemInput input) {
        return created(service.create(meetingId, itemId, input));
    }

    @GET
    @Path("/action-items")
    @Operation(
            summary = "The board: action items the caller may see, earliest due first",
            description =
                    "The public sees the items of published minutes; participants also their forums' items; members their"
                            + " own organisation's. overdue=true shows only open or in-progress items past their due date")
    @APIResponseSchema(value = Page.class, responseCode = "200", responseDescription = "OK")
    public Response listActionItems(
            @Valid @BeanParam ActionItemQuery query,
            @Valid @BeanParam PageQuery paging,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once while nothing it shows changes (KeptJson), not per request.
        var board = service.list(query.filter(), query.mine(), paging.page(), paging.size());
        return PublicReads.respond(board, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/action-items/{id}")
    @Operation(summary = "Get an action item with its trail through the forums it was raised to")
    public RestResponse<ActionItemDto> getActionItem(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/action-items/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace an item's title, description, owner, due date and assignee",
            description = "Admins and the coordinator of the forum's county, while the item is open; needs If-Match")
    public RestResponse<ActionItemDto> updateActionItem(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ActionItemInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/action-items/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete an action item handed out by mistake",
            description = "Only while it is open (no work reported), handed out at a meeting whose minutes are not"
                    + " published, and not raised to another forum; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteActionItem(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @POST
    @Path("/action-items/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Change an item's status, with a note on how the work stands",
            description =
                    "Members of the owner organisation (not to CANCELLED), the forum's managers (the county's coordinator, by"
                            + " token or grant; the convening federation's coordinator) and admins."
                            + " DONE and CANCELLED are final. Needs If-Match")
    public RestResponse<ActionItemDto> changeActionItemStatus(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ActionItemStatusInput input) {
        return ok(service.changeStatus(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/action-items/{id}/escalation")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Raise an item to a forum at a higher level",
            description =
                    "Local → sub-regional → regional → national, within the county or to a national forum. Creates a linked"
                            + " item there; both show the whole trail. Needs If-Match with the raised item's version")
    @APIResponseSchema(
            value = ActionItemDto.class,
            responseCode = "201",
            responseDescription = "The new item in the higher forum")
    public RestResponse<ActionItemDto> escalateActionItem(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid EscalationInput input) {
        return created(service.escalate(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/action-items/{id}/passing")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Pass an item along the preparation chain",
            description =
                    "To the forum the item's forum prepares for or reports to (its passAlongTo), at the same level"
                            + " too: Regionala samverkansgruppen → Beredningsgruppen → Integrationsrådet, arbetsgrupp → samråd."
                            + " Creates a linked item there; both show the whole trail. Needs If-Match with the item's version")
    @APIResponseSchema(
            value = ActionItemDto.class,
            responseCode = "201",
            responseDescription = "The new item in the forum passed to")
    public RestResponse<ActionItemDto> passActionItemAlong(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid PassAlongInput input) {
        return created(service.passAlong(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/action-items/{id}/history")
    @Operation(summary = "Every change of the item, newest first")
    public List<HistoryEntryDto> getActionItemHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    private static RestResponse<ActionItemDto> created(ActionItemDto item) {
        return EntityTags.created("action-items", item.id(), item);
    }
}
