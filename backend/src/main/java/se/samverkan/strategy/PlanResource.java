package se.samverkan.strategy;

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
import se.samverkan.strategy.StrategyDtos.ActionPlanDto;
import se.samverkan.strategy.StrategyDtos.ActivityDto;
import se.samverkan.strategy.StrategyInputs.ActivityInput;
import se.samverkan.strategy.StrategyInputs.ActivityStatusInput;

/** Action plans: activities per goal area or area of action, with progress and what is overdue. */
@Path("/api/v1/agreements/{agreementId}/action-plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy process")
public class PlanResource {

    @Inject
    PlanService service;

    @GET
    @Operation(
            summary = "The action plan of an agreement and its sub-strategies",
            description = "Activities (overdue: still open after the due date), progress per goal area, area of "
                    + "action, sub-strategy and for the whole")
    public ActionPlanDto getActionPlan(@PathParam("agreementId") UUID agreementId) {
        return service.plan(agreementId);
    }

    @POST
    @Path("/activities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add an activity towards a goal area or a chosen area of action")
    @APIResponseSchema(value = ActivityDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<ActivityDto> addPlanActivity(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid ActivityInput input) {
        var activity = service.addActivity(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/action-plan/activities", activity.id(), activity);
    }

    @PUT
    @Path("/activities/{activityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a planned or ongoing activity")
    public RestResponse<ActivityDto> updatePlanActivity(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ActivityInput input) {
        return EntityTags.ok(service.updateActivity(agreementId, activityId, ifMatch, input));
    }

    @POST
    @Path("/activities/{activityId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Operation(
            summary = "Move an activity: the plan's managers or members of its owner organisation",
            description = "PLANNED → ONGOING → DONE; PLANNED or ONGOING → CANCELLED; DONE → ONGOING and CANCELLED → "
                    + "PLANNED reopen it. Illegal steps are 409 problems naming the rule. Needs If-Match")
    public RestResponse<ActivityDto> changePlanActivityStatus(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ActivityStatusInput input) {
        return EntityTags.ok(service.changeStatus(agreementId, activityId, ifMatch, input.status()));
    }

    @DELETE
    @Path("/activities/{activityId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove an activity that has not started (or was cancelled)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removePlanActivity(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("activityId") UUID activityId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeActivity(agreementId, activityId, ifMatch);
    }
}
