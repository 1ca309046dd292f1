package se.samverkan.agreement;

import static se.samverkan.common.http.EntityTags.ok;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.agreement.ConsultationDtos.ConsultationInputBody;
import se.samverkan.agreement.ConsultationDtos.ConsultationInputDto;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;

@Path("/api/v1/agreements/{id}/consultation-inputs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class ConsultationResource {

    @Inject
    ConsultationService service;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "The parties' consultation input on an agreement",
            description =
                    "Per section (the agreement as a whole, or a goal area), oldest first: all of it for those who "
                            + "manage the agreement and national readers; a party's members see their organisation's")
    public List<ConsultationInputDto> listConsultationInputs(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Leave consultation input on an agreement or one of its goal areas",
            description = "Members of a party organisation, while the agreement is in consultation (409 otherwise)")
    @APIResponseSchema(value = ConsultationInputDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ConsultationInputDto> addConsultationInput(
            @PathParam("id") UUID id,
            @NotNull(message = "{validation.body-required}") @Valid ConsultationInputBody body) {
        ConsultationInputDto created = service.add(id, body);
        return EntityTags.created("agreements/" + id + "/consultation-inputs", created.id(), created);
    }

    @PUT
    @Path("/{inputId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Change one's consultation input",
            description =
                    "Members of the organisation whose input it is, while the consultation is open; needs If-Match")
    public RestResponse<ConsultationInputDto> updateConsultationInput(
            @PathParam("id") UUID id,
            @PathParam("inputId") UUID inputId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ConsultationInputBody body) {
        return ok(service.update(id, inputId, ifMatch, body));
    }
}
