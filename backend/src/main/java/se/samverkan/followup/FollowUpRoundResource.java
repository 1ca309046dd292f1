package se.samverkan.followup;

import static se.samverkan.common.http.EntityTags.ok;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.followup.FollowUpDtos.BoardDto;
import se.samverkan.followup.FollowUpDtos.RoundDto;
import se.samverkan.followup.ReportDtos.ReportDto;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/follow-up-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class FollowUpRoundResource {

    static final String PDF = "application/pdf";

    @Inject
    FollowUpService service;

    @Inject
    ReportService reports;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a follow-up round with the tasks the caller may see")
    public RestResponse<RoundDto> getFollowUpRound(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Move the deadline of an open round", description = "Needs If-Match")
    public RestResponse<RoundDto> changeFollowUpDeadline(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid DeadlineInput input) {
        return ok(service.changeDeadline(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete a round opened by mistake",
            description = "Only while no party has started (409 round-has-work); needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteFollowUpRound(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @POST
    @Path("/{id}/compile")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Compile the report with the coordinator's summary",
            description =
                    "OPEN → COMPILED when every assessment is accepted (409 compile-needs-all-accepted); the parties then "
                            + "see the whole report. Needs If-Match")
    public RestResponse<RoundDto> compileFollowUpRound(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid CompileInput input) {
        return ok(service.compile(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Record the approval by a forum",
            description = "COMPILED → APPROVED (409 approve-needs-compiled); the report becomes public. Needs If-Match")
    public RestResponse<RoundDto> approveFollowUpRound(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ApprovalInput input) {
        return ok(service.approve(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/{id}/board")
    @Authenticated
    @Operation(summary = "Who has handed in, against the deadline", description = "The county's coordinator and admins")
    public BoardDto getFollowUpBoard(@PathParam("id") UUID id) {
        return service.board(id);
    }

    @GET
    @Path("/{id}/report")
    @Operation(
            summary = "The report: per goal area the accepted assessments, aggregate status and indicators",
            description =
                    "Public once approved; before that the county's coordinator and admins, and the parties once compiled. "
                            + "Aggregate status: the least favourable among the accepted assessments that assess (ON_TRACK > PARTLY > "
                            + "NOT_ON_TRACK), NOT_ASSESSED when none does")
    @APIResponse(responseCode = "403", description = "Visible, but the report is not shared with the caller yet")
    @APIResponse(
            responseCode = "200",
            description = "The report; an approved one is public and may be cached (ETag, If-None-Match)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportDto.class)),
            // Not a versioned resource (no version in the body): the ETag is a validator for If-None-Match
            // (ReportService).
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response getFollowUpReport(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request) {
        return respond(
                reports.file(id, ReportService.Format.JSON, ifNoneMatch, gone(request)),
                ReportService.Format.JSON,
                null);
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(
            summary = "The compiled or approved report as CSV",
            description =
                    "One row per record (REPORT, GOAL_AREA, ASSESSMENT, ACTIVITY, INDICATOR_VALUE; in excel-sv these, the "
                            + "statuses and the genders in Swedish); 409 export-needs-compiled while open")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Visible, but the report is not shared with the caller yet")
    @APIResponse(responseCode = "409", description = "The round is still open (export-needs-compiled)")
    @APIResponse(
            responseCode = "503",
            description = "Too many exports are being prepared (busy); Retry-After says when to try again")
    public Response exportFollowUpReportCsv(
            @PathParam("id") UUID id,
            @BeanParam DialectQuery dialect,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request) {
        return respond(
                reports.file(id, ReportService.Format.CSV, dialect.chosen(), ifNoneMatch, gone(request)),
                ReportService.Format.CSV,
                ".csv");
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces(PDF)
    @Operation(
            summary = "The compiled or approved report as PDF (A4, Swedish)",
            description =
                    "Generated on the server; a compiled but unapproved report is marked as a draft. 409 export-needs-compiled while open")
    @APIResponse(
            responseCode = "200",
            description = "The PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Visible, but the report is not shared with the caller yet")
    @APIResponse(responseCode = "409", description = "The round is still open (export-needs-compiled)")
    @APIResponse(
            responseCode = "503",
            description = "Too many exports are being prepared (busy); Retry-After says when to try again")
    public Response exportFollowUpReportPdf(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpServerRequest request) {
        return respond(
                reports.file(id, ReportService.Format.PDF, ifNoneMatch, gone(request)),
                ReportService.Format.PDF,
                ".pdf");
    }

    @GET
    @Path("/{id}/history")
    @Authenticated
    @Operation(
            summary = "Every change of the round and its assessments, newest first",
            description = "The county's coordinator and admins")
    public List<HistoryEntryDto> getFollowUpHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    private static Response respond(ReportService.ReportFile file, ReportService.Format format, String extension) {
        Response.ResponseBuilder response = PublicReads.builder(
                file.body(), file.entity(), format.mediaType, file.etag(), null, file.sharedCache());
        if (extension != null && file.body() != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + extension + "\"");
        }
        return response.build();
    }

    /** Whether the client has closed the connection: then an export not yet started is not worth computing. */
    private static java.util.function.BooleanSupplier gone(HttpServerRequest request) {
        return () -> request.response().closed();
    }
}
