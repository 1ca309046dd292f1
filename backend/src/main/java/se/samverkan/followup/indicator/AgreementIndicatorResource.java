package se.samverkan.followup.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;
import se.samverkan.followup.indicator.IndicatorDtos.IndicatorDto;

/** The indicators of one agreement. */
@Path("/api/v1/agreements/{agreementId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class AgreementIndicatorResource {

    @Inject
    IndicatorService service;

    @GET
    @Operation(
            summary = "List the agreement's indicators",
            description = "In the order they were defined; readable by whoever reads the agreement")
    public List<IndicatorDto> listIndicators(@PathParam("agreementId") UUID agreementId) {
        return service.list(agreementId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Define an indicator", description = "Admins; the coordinator of the agreement's county")
    @APIResponseSchema(value = IndicatorDto.class, responseCode = "201", responseDescription = "Defined")
    public RestResponse<IndicatorDto> createIndicator(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid IndicatorInput input) {
        IndicatorDto created = service.create(agreementId, input);
        return EntityTags.created(EntityTags.location("indicators", created.id()), created, created.version());
    }
}
