package se.samverkan.funding;

import static se.samverkan.common.http.EntityTags.ok;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.funding.FundingDtos.ApplicationDto;
import se.samverkan.funding.FundingDtos.ApplicationSummary;
import se.samverkan.funding.FundingInputs.ApplicationInput;
import se.samverkan.funding.FundingInputs.ApplicationStatusInput;
import se.samverkan.funding.FundingInputs.DecisionInput;
import se.samverkan.funding.FundingQueries.ApplicationQuery;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Funding applications",
        description = "Applications to a call: drafted and submitted by the applicant, reviewed and decided by the"
                + " county coordinator. Not public")
public class ApplicationResource {

    @Inject
    ApplicationService service;

    @POST
    @Path("/calls/{id}/applications")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Start an application to an open call",
            description = "Members apply for their own organisation, before the deadline; created as DRAFT")
    @APIResponseSchema(value = ApplicationDto.class, responseCode = "201", responseDescription = "Created as DRAFT")
    public RestResponse<ApplicationDto> createFundingApplication(
            @PathParam("id") UUID callId,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationInput input) {
        ApplicationDto application = service.create(callId, input);
        return EntityTags.created("funding/applications", application.id(), application);
    }

    @GET
    @Path("/applications")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Applications the caller may read",
            description = "Members: their organisation's (as applicant or co-applicant); coordinators: their county's"
                    + " once submitted; admins: all")
    public List<ApplicationSummary> listFundingApplications(@Valid @BeanParam ApplicationQuery query) {
        return service.list(query.filter(), query.mine());
    }

    @GET
    @Path("/applications/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(summary = "Get an application")
    public RestResponse<ApplicationDto> getFundingApplication(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/applications/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(summary = "Replace a draft application", description = "The applicant's members; needs If-Match")
    public RestResponse<ApplicationDto> updateFundingApplication(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/applications/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Submit, withdraw or take an application into review",
            description = "SUBMITTED and WITHDRAWN: the applicant's members; IN_REVIEW: the county's coordinator."
                    + " Needs If-Match")
    public RestResponse<ApplicationDto> changeFundingApplicationStatus(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationStatusInput input) {
        return ok(service.changeStatus(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/applications/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Grant or reject an application in review",
            description = "The county's coordinator. A grant (at most the amount applied) creates the project, with an"
                    + " accounting due date when given. Needs If-Match")
    public RestResponse<ApplicationDto> decideFundingApplication(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid DecisionInput input) {
        return ok(service.decide(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/applications/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(summary = "Every change of the application, newest first")
    public List<HistoryEntryDto> getFundingApplicationHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
