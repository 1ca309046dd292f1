package se.samverkan.followup;

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
import se.samverkan.followup.FollowUpDtos.RoundDto;
import se.samverkan.followup.FollowUpDtos.RoundSummary;

/** The follow-up rounds of one agreement. */
@Path("/api/v1/agreements/{agreementId}/follow-up-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Follow-up",
        description = "Yearly follow-up rounds: the parties' assessments, the board, the report and its approval")
public class AgreementFollowUpResource {

    @Inject
    FollowUpService service;

    @GET
    @Operation(
            summary = "List the agreement's follow-up rounds the caller may see",
            description =
                    "Approved rounds are public; open and compiled ones are seen by the county's coordinator, admins "
                            + "and members of organisations with a task. Newest year first")
    public List<RoundSummary> listFollowUpRounds(@PathParam("agreementId") UUID agreementId) {
        return service.list(agreementId);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Open the follow-up of a year",
            description =
                    "Adopted (or expired) agreements only, a year of the period, one round per year. Every organisation "
                            + "RESPONSIBLE for a goal area gets a task for it (\"all other signatories\" expands to the parties it stands "
                            + "for; one task per organisation even when responsible at several levels)")
    @APIResponseSchema(value = RoundDto.class, responseCode = "201", responseDescription = "Opened")
    public RestResponse<RoundDto> openFollowUpRound(
            @PathParam("agreementId") UUID agreementId,
            @NotNull(message = "{validation.body-required}") @Valid RoundInput input) {
        RoundDto round = service.open(agreementId, input);
        return EntityTags.created(EntityTags.location("follow-up-rounds", round.id()), round, round.version());
    }
}
