package se.samverkan.followup;

import static se.samverkan.common.http.EntityTags.ok;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.followup.FollowUpDtos.AssessmentDto;
import se.samverkan.followup.FollowUpDtos.MyTaskDto;

/** One party's assessment of one goal area, step by step; every step needs the assessment's ETag in If-Match. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @Inject
    FollowUpService rounds;

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(
            summary = "The follow-up tasks of the caller's organisation and its sub-units",
            description = "Latest round first")
    public List<MyTaskDto> listMyAssessments() {
        return rounds.mine();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get an assessment",
            description =
                    "Its organisation's members, the county's coordinator and admins; every party once the round is "
                            + "compiled; everyone once it is approved")
    public RestResponse<AssessmentDto> getAssessment(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(
            summary = "Save a draft",
            description =
                    "Members of the organisation; NOT_STARTED → DRAFT (a RETURNED one stays RETURNED). Not while submitted "
                            + "(409 submitted-awaits-review) or accepted (409 accepted-is-final)")
    public RestResponse<AssessmentDto> saveAssessment(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid AssessmentInput input) {
        return ok(service.save(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD) // no body, so any (or no) content type
    @RolesAllowed(Roles.MEMBER)
    @Operation(
            summary = "Submit for review",
            description = "DRAFT or RETURNED → SUBMITTED; needs a status (409 submit-needs-status) and the situation "
                    + "(409 submit-needs-situation)")
    public RestResponse<AssessmentDto> submitAssessment(@BeanParam VersionedId target) {
        return ok(service.submit(target.id(), target.ifMatch()));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Return to the party with a comment",
            description = "SUBMITTED → RETURNED (409 only-submitted-can-be-reviewed)")
    public RestResponse<AssessmentDto> returnAssessment(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid ReturnInput input) {
        return ok(service.returnToParty(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Accept",
            description =
                    "SUBMITTED → ACCEPTED, final; the reported indicator values become the indicators' values of the year")
    public RestResponse<AssessmentDto> acceptAssessment(@BeanParam VersionedId target) {
        return ok(service.accept(target.id(), target.ifMatch()));
    }
}
