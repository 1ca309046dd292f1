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
import se.samverkan.strategy.StrategyDtos.PhaseDto;
import se.samverkan.strategy.StrategyDtos.ProcessMapDto;
import se.samverkan.strategy.StrategyInputs.PhaseInput;
import se.samverkan.strategy.StrategyInputs.PhaseStatusInput;

/** An agreement's process map: ordered phases with goal, timing, owner, checklist and status. */
@Path("/api/v1/agreements/{agreementId}/process")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy process", description = "Process map, gap analyses, areas of action and action plans")
public class ProcessResource {

    @Inject
    ProcessService service;

    @GET
    @Operation(summary = "The process map: phases in order, the current one named")
    public ProcessMapDto getProcessMap(@PathParam("agreementId") UUID agreementId) {
        return service.processMap(agreementId);
    }

    @POST
    @Path("/phases")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a phase at the end of the map")
    @APIResponseSchema(value = PhaseDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<PhaseDto> addPhase(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid PhaseInput input) {
        var phase = service.addPhase(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/process/phases", phase.id(), phase);
    }

    @PUT
    @Path("/phases/{phaseId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a phase's fields and checklist (a point marked done gets today's date)")
    public RestResponse<PhaseDto> updatePhase(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("phaseId") UUID phaseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid PhaseInput input) {
        return EntityTags.ok(service.updatePhase(agreementId, phaseId, ifMatch, input));
    }

    @POST
    @Path("/phases/{phaseId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Start, complete or reopen a phase",
            description = "NOT_STARTED → ONGOING → DONE (every checklist point done), DONE → ONGOING. Illegal steps "
                    + "are 409 problems naming the rule. Needs If-Match")
    public RestResponse<PhaseDto> changePhaseStatus(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("phaseId") UUID phaseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid PhaseStatusInput input) {
        return EntityTags.ok(service.changeStatus(agreementId, phaseId, ifMatch, input.status()));
    }

    @DELETE
    @Path("/phases/{phaseId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a phase that has not started")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removePhase(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("phaseId") UUID phaseId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removePhase(agreementId, phaseId, ifMatch);
    }
}
