package se.samverkan.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.agreement.AgreementDtos.GoalAreaDto;
import se.samverkan.agreement.AgreementDtos.PartyDto;
import se.samverkan.agreement.AgreementDtos.PriorityDto;
import se.samverkan.agreement.AgreementDtos.ResponsibilityDto;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;

/** Parties, goal areas, responsibilities and yearly priorities of an agreement; each with its own ETag. */
@Path("/api/v1/agreements/{agreementId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Agreement parts",
        description = "Parties and signatories, goal areas with strategies, responsibilities, yearly focus")
public class AgreementPartResource {

    @Inject
    AgreementContentService service;

    @POST
    @Path("/parties")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a party with its signatories")
    @APIResponseSchema(value = PartyDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<PartyDto> addParty(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid PartyInput input) {
        PartyDto party = service.addParty(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/parties", party.id(), party);
    }

    @PUT
    @Path("/parties/{partyId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a party")
    public RestResponse<PartyDto> updateParty(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("partyId") UUID partyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid PartyInput input) {
        PartyDto party = service.updateParty(agreementId, partyId, ifMatch, input);
        return EntityTags.ok(party);
    }

    @DELETE
    @Path("/parties/{partyId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a party")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeParty(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("partyId") UUID partyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeParty(agreementId, partyId, ifMatch);
    }

    @GET
    @Path("/goal-areas/{goalAreaId}")
    @Operation(summary = "Get one goal area")
    public RestResponse<GoalAreaDto> getGoalArea(
            @PathParam("agreementId") UUID agreementId, @PathParam("goalAreaId") UUID goalAreaId) {
        GoalAreaDto goalArea = service.getGoalArea(agreementId, goalAreaId);
        return EntityTags.ok(goalArea);
    }

    @POST
    @Path("/goal-areas")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a goal area with its goal and ordered strategies")
    @APIResponseSchema(value = GoalAreaDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<GoalAreaDto> addGoalArea(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid GoalAreaInput input) {
        GoalAreaDto goalArea = service.addGoalArea(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/goal-areas", goalArea.id(), goalArea);
    }

    @PUT
    @Path("/goal-areas/{goalAreaId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a goal area's number, title, goal, strategies and target groups")
    public RestResponse<GoalAreaDto> updateGoalArea(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid GoalAreaInput input) {
        GoalAreaDto goalArea = service.updateGoalArea(agreementId, goalAreaId, ifMatch, input);
        return EntityTags.ok(goalArea);
    }

    @DELETE
    @Path("/goal-areas/{goalAreaId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a goal area with its responsibilities and priorities")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeGoalArea(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeGoalArea(agreementId, goalAreaId, ifMatch);
    }

    @POST
    @Path("/goal-areas/{goalAreaId}/responsibilities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a responsible or other party at a level")
    @APIResponseSchema(value = ResponsibilityDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<ResponsibilityDto> addResponsibility(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @NotNull(message = "{validation.body-required}") @Valid ResponsibilityInput input) {
        ResponsibilityDto responsibility = service.addResponsibility(agreementId, goalAreaId, input);
        return EntityTags.created(
                "agreements/" + agreementId + "/goal-areas/" + goalAreaId + "/responsibilities",
                responsibility.id(),
                responsibility);
    }

    @PUT
    @Path("/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a responsibility")
    public RestResponse<ResponsibilityDto> updateResponsibility(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @PathParam("responsibilityId") UUID responsibilityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ResponsibilityInput input) {
        ResponsibilityDto responsibility =
                service.updateResponsibility(agreementId, goalAreaId, responsibilityId, ifMatch, input);
        return EntityTags.ok(responsibility);
    }

    @DELETE
    @Path("/goal-areas/{goalAreaId}/responsibilities/{responsibilityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a responsibility")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeResponsibility(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @PathParam("responsibilityId") UUID responsibilityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeResponsibility(agreementId, goalAreaId, responsibilityId, ifMatch);
    }

    @PUT
    @Path("/goal-areas/{goalAreaId}/priorities/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Set the focus of one year",
            description = "Creates (201) or replaces (200, needs If-Match). A create sends If-None-Match: * so that a"
                    + " focus someone else created meanwhile is refused with 412 instead of being replaced; an If-Match"
                    + " whose focus was removed meanwhile is refused with 412 too.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = PriorityDto.class)))
    @APIResponseSchema(value = PriorityDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<PriorityDto> putPriority(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @PathParam("year")
                    @Min(value = 1990, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "*: create the focus only if the year has none yet (412 when it has)")
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    String ifNoneMatch,
            @NotNull(message = "{validation.body-required}") @Valid PriorityInput input) {
        var result = service.putPriority(agreementId, goalAreaId, year, ifMatch, ifNoneMatch, input);
        PriorityDto priority = result.priority();
        return result.created() ? EntityTags.created(null, priority) : EntityTags.ok(priority);
    }

    @DELETE
    @Path("/goal-areas/{goalAreaId}/priorities/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove the focus of one year")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removePriority(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("goalAreaId") UUID goalAreaId,
            @PathParam("year") int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removePriority(agreementId, goalAreaId, year, ifMatch);
    }
}
