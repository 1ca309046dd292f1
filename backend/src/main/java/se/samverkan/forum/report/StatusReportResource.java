package se.samverkan.forum.report;

import static se.samverkan.common.http.EntityTags.ok;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.forum.report.StatusReportDtos.InvitationDto;
import se.samverkan.forum.report.StatusReportDtos.StatusReportDto;
import se.samverkan.forum.report.StatusReportDtos.Summary;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Status reports",
        description = "Quarterly lägesrapporter: open, invite, contribute per theme, compile, publish")
public class StatusReportResource {

    @Inject
    StatusReportService service;

    @Inject
    ContributionService contributions;

    @GET
    @Path("/forums/{id}/status-reports")
    @Operation(
            summary = "A forum's status reports, newest quarter first",
            description =
                    "The public sees published ones; the forum's participants, the county's coordinator and admins all")
    public List<Summary> listStatusReports(@PathParam("id") UUID forumId) {
        return service.list(forumId);
    }

    @POST
    @Path("/forums/{id}/status-reports")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Open a status report for a quarter",
            description = "One per forum and quarter; admins and the coordinator of the forum's county")
    @APIResponseSchema(value = StatusReportDto.class, responseCode = "201", responseDescription = "Opened")
    public RestResponse<StatusReportDto> createStatusReport(
            @PathParam("id") UUID forumId,
            @NotNull(message = "{validation.body-required}") @Valid StatusReportInput input) {
        StatusReportDto created = service.create(forumId, input);
        return EntityTags.created("status-reports", created.id(), created);
    }

    @GET
    @Path("/status-reports/{id}")
    @Operation(
            summary = "Get a status report",
            description =
                    "Public once published (without the contributions); before that only for the forum's insiders (else 404)")
    public RestResponse<StatusReportDto> getStatusReport(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/status-reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace title, quarter, themes, due date and agenda point",
            description = "While OPEN; needs If-Match")
    public RestResponse<StatusReportDto> updateStatusReport(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid StatusReportInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/status-reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Delete an unpublished status report", description = "Needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteStatusReport(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @POST
    @Path("/status-reports/{id}/invitations")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Invite organisations to contribute: members of the forum or others",
            description = "While OPEN; those already invited stay as they are")
    public RestResponse<StatusReportDto> inviteToStatusReport(
            @PathParam("id") UUID id, @NotNull(message = "{validation.body-required}") @Valid InvitationInput input) {
        return ok(contributions.invite(id, input));
    }

    @DELETE
    @Path("/status-reports/{id}/invitations/{organisationId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Withdraw an invitation",
            description = "Only before the organisation has contributed; needs If-Match with the invitation's version")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void withdrawStatusReportInvitation(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contributions.withdraw(id, organisationId, ifMatch);
    }

    @PUT
    @Path("/status-reports/{id}/contributions/{organisationId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Submit or replace an organisation's contribution, one text per theme",
            description =
                    "Members for their own invited organisation; the forum's managers (the county's coordinator, by token or"
                            + " grant; the convening federation's coordinator) and admins for any invited one. While OPEN."
                            + " The first submission creates it (201); replacing it (200) needs If-Match with the invitation's version")
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = InvitationDto.class)))
    @APIResponseSchema(value = InvitationDto.class, responseCode = "201", responseDescription = "Submitted")
    public RestResponse<InvitationDto> putStatusReportContribution(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @Parameter(description = "The invitation's version, when replacing") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ContributionInput input) {
        var submission = contributions.contribute(id, organisationId, ifMatch, input);
        return RestResponse.ResponseBuilder.<InvitationDto>create(
                        submission.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                .entity(submission.invitation())
                .tag(EntityTags.of(submission.invitation().version()))
                .build();
    }

    @POST
    @Path("/status-reports/{id}/compilation")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Compile the report from the contributions",
            description = "OPEN → COMPILED, once someone was invited and contributed; needs If-Match")
    public RestResponse<StatusReportDto> compileStatusReport(
            @BeanParam VersionedId target,
            @RequestBody(required = false, description = "Optional: the coordinator's own text") @Valid
                    CompilationInput input) {
        return ok(service.compile(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/status-reports/{id}/publication")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Publish the compiled report for the meeting's status-report point",
            description =
                    "COMPILED → PUBLISHED (public); needs a linked STATUS_REPORT point of the forum's meeting. Needs If-Match")
    public RestResponse<StatusReportDto> publishStatusReport(
            @BeanParam VersionedId target,
            @RequestBody(required = false, description = "Optional: the agenda point, unless already set") @Valid
                    PublicationInput input) {
        return ok(service.publish(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/status-reports/{id}/history")
    @Operation(
            summary = "Every change of the report, its invitations and contributions, newest first",
            description = "For the forum's participants, the county's coordinator and admins")
    public List<HistoryEntryDto> getStatusReportHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
