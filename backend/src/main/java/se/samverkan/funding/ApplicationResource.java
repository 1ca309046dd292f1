package se.samverkan.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.security.Roles;
import se.samverkan.funding.FundingDtos.ApplicationDto;
import se.samverkan.funding.FundingDtos.ApplicationSummary;
import se.samverkan.funding.FundingInputs.ApplicationInput;
import se.samverkan.funding.FundingInputs.ApplicationStatusInput;
import se.samverkan.funding.FundingInputs.DecisionInput;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Funding applications",
        description = "Applications to a call: drafted and submitted by the applicant, reviewed and decided by the"
                + " county coordinator. Not public")
public class ApplicationResource {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String STATUSES = "DRAFT|SUBMITTED|IN_REVIEW|GRANTED|REJECTED|WITHDRAWN";
    private static final String IF_MATCH = "The application's ETag (version)";

    @Inject
    ApplicationService service;

    @POST
    @Path("/calls/{id}/applications")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "Start an application to an open call",
            description = "Members apply for their own organisation, before the deadline; created as DRAFT")
    @APIResponse(
            responseCode = "201",
            description = "Created as DRAFT",
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ApplicationDto> createFundingApplication(
            @PathParam("id") UUID callId,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationInput input,
            UriInfo uriInfo) {
        ApplicationDto application = service.create(callId, input);
        return EntityTags.created(
                uriInfo.getBaseUriBuilder()
                        .path("api/v1/funding/applications")
                        .path(application.id().toString())
                        .build(),
                application,
                application.version());
    }

    @GET
    @Path("/applications")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            summary = "Applications the caller may read",
            description = "Members: their organisation's (as applicant or co-applicant); coordinators: their county's"
                    + " once submitted; admins: all")
    public List<ApplicationSummary> listFundingApplications(
            @Parameter(description = "Only this call's", schema = @Schema(format = "uuid"))
                    @QueryParam("call")
                    @Pattern(regexp = UUID_PATTERN, message = "{validation.must-be-a-call-id-uuid}")
                    String call,
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @Parameter(description = "Only the caller's own organisation's applications")
                    @QueryParam("mine")
                    @DefaultValue("false")
                    boolean mine,
            @Parameter(schema = @Schema(implementation = ApplicationStatus.class))
                    @QueryParam("status")
                    @Pattern(regexp = STATUSES, message = "{validation.must-be-one-of-regexp}")
                    String status) {
        return service.list(
                new FundingApplicationRepository.Filter(
                        call == null ? null : UUID.fromString(call),
                        county,
                        null,
                        status == null ? null : ApplicationStatus.valueOf(status)),
                mine);
    }

    @GET
    @Path("/applications/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(summary = "Get an application")
    @APIResponse(
            responseCode = "200",
            description = "The application; its version is the ETag",
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ApplicationDto> getFundingApplication(@PathParam("id") UUID id) {
        ApplicationDto application = service.get(id);
        return EntityTags.ok(application, application.version());
    }

    @PUT
    @Path("/applications/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(summary = "Replace a draft application", description = "The applicant's members; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ApplicationDto> updateFundingApplication(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationInput input) {
        ApplicationDto application = service.update(id, ifMatch, input);
        return EntityTags.ok(application, application.version());
    }

    @POST
    @Path("/applications/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            summary = "Submit, withdraw or take an application into review",
            description = "SUBMITTED and WITHDRAWN: the applicant's members; IN_REVIEW: the county's coordinator."
                    + " Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The application in its new status",
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ApplicationDto> changeFundingApplicationStatus(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ApplicationStatusInput input) {
        ApplicationDto application = service.changeStatus(id, ifMatch, input);
        return EntityTags.ok(application, application.version());
    }

    @POST
    @Path("/applications/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Grant or reject an application in review",
            description = "The county's coordinator. A grant (at most the amount applied) creates the project, with an"
                    + " accounting due date when given. Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The decided application",
            content = @Content(schema = @Schema(implementation = ApplicationDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ApplicationDto> decideFundingApplication(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid DecisionInput input) {
        ApplicationDto application = service.decide(id, ifMatch, input);
        return EntityTags.ok(application, application.version());
    }

    @GET
    @Path("/applications/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(summary = "Every change of the application, newest first")
    public List<HistoryEntryDto> getFundingApplicationHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
