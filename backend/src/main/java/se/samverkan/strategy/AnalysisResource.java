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
import se.samverkan.strategy.StrategyDtos.AnalysisDto;
import se.samverkan.strategy.StrategyDtos.AreaDto;
import se.samverkan.strategy.StrategyDtos.GapFindingDto;
import se.samverkan.strategy.StrategyInputs.AreaInput;
import se.samverkan.strategy.StrategyInputs.AreaStatusInput;
import se.samverkan.strategy.StrategyInputs.GapFindingInput;
import se.samverkan.strategy.StrategyInputs.ScoreInput;

/** Gap analyses per target group and the possible areas of action with their scores. */
@Path("/api/v1/agreements/{agreementId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy process")
public class AnalysisResource {

    @Inject
    AnalysisService service;

    @GET
    @Path("/analysis")
    @Operation(summary = "Gap findings and possible areas of action, per target group")
    public AnalysisDto getAnalysis(@PathParam("agreementId") UUID agreementId) {
        return service.analysis(agreementId);
    }

    @POST
    @Path("/gap-findings")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a finding of the gap analysis for a target group")
    @APIResponseSchema(value = GapFindingDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<GapFindingDto> addGapFinding(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid GapFindingInput input) {
        var finding = service.addFinding(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/gap-findings", finding.id(), finding);
    }

    @PUT
    @Path("/gap-findings/{findingId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a gap finding")
    public RestResponse<GapFindingDto> updateGapFinding(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("findingId") UUID findingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid GapFindingInput input) {
        return EntityTags.ok(service.updateFinding(agreementId, findingId, ifMatch, input));
    }

    @DELETE
    @Path("/gap-findings/{findingId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a gap finding")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeGapFinding(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("findingId") UUID findingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeFinding(agreementId, findingId, ifMatch);
    }

    @POST
    @Path("/areas-of-action")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Add a possible area of action")
    @APIResponseSchema(value = AreaDto.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<AreaDto> addAreaOfAction(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid AreaInput input) {
        var area = service.addArea(agreementId, input);
        return EntityTags.created("agreements/" + agreementId + "/areas-of-action", area.id(), area);
    }

    @PUT
    @Path("/areas-of-action/{areaId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a possible area of action's title, description, target group and goal area")
    public RestResponse<AreaDto> updateAreaOfAction(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("areaId") UUID areaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid AreaInput input) {
        return EntityTags.ok(service.updateArea(agreementId, areaId, ifMatch, input));
    }

    @PUT
    @Path("/areas-of-action/{areaId}/score")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Score a possible area of action: effect and feasibility, 1–5")
    public RestResponse<AreaDto> scoreAreaOfAction(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("areaId") UUID areaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ScoreInput input) {
        return EntityTags.ok(service.score(agreementId, areaId, ifMatch, input));
    }

    @POST
    @Path("/areas-of-action/{areaId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Choose a scored possible area of action (it becomes an area of action), or undo the choice",
            description =
                    "POSSIBLE → CHOSEN needs both scores; CHOSEN → POSSIBLE only without activities. Needs If-Match")
    public RestResponse<AreaDto> changeAreaOfActionStatus(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("areaId") UUID areaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid AreaStatusInput input) {
        return EntityTags.ok(service.changeStatus(agreementId, areaId, ifMatch, input.status()));
    }

    @DELETE
    @Path("/areas-of-action/{areaId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Remove a possible area of action that is not chosen")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeAreaOfAction(
            @PathParam("agreementId") UUID agreementId,
            @PathParam("areaId") UUID areaId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.removeArea(agreementId, areaId, ifMatch);
    }
}
