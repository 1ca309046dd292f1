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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.CountyYearQuery;
import se.samverkan.common.http.Downloads;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.ExportLimiter;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.funding.FundingDtos.CallDto;
import se.samverkan.funding.FundingDtos.ProgrammeDto;
import se.samverkan.funding.FundingDtos.SummaryDto;
import se.samverkan.funding.FundingInputs.CallInput;
import se.samverkan.funding.FundingInputs.CallStatusInput;
import se.samverkan.funding.FundingInputs.ProgrammeInput;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Funding",
        description = "§37, §37a, TIA, ESF+ and AMIF: programmes, calls per county and year, the money per goal area")
public class FundingResource {

    @Inject
    FundingService service;

    @Inject
    FundingReportService reports;

    @Inject
    ExportLimiter exports;

    // ---- programmes ---------------------------------------------------------------------------

    @GET
    @Path("/programmes")
    @Operation(summary = "Funding programmes: §37, §37a, TIA, ESF+, AMIF and others (public)")
    public List<ProgrammeDto> listFundingProgrammes() {
        return service.programmes();
    }

    @GET
    @Path("/programmes/{id}")
    @Operation(summary = "Get a funding programme")
    public RestResponse<ProgrammeDto> getFundingProgramme(@PathParam("id") UUID id) {
        return ok(service.programme(id));
    }

    @POST
    @Path("/programmes")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a funding programme", description = "Admins only; the legal basis is an SFS number")
    @APIResponseSchema(value = ProgrammeDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ProgrammeDto> createFundingProgramme(
            @NotNull(message = "{validation.body-required}") @Valid ProgrammeInput input) {
        ProgrammeDto programme = service.createProgramme(input);
        return EntityTags.created("funding/programmes", programme.id(), programme);
    }

    @PUT
    @Path("/programmes/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace a funding programme", description = "Admins only; needs If-Match")
    public RestResponse<ProgrammeDto> updateFundingProgramme(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid ProgrammeInput input) {
        return ok(service.updateProgramme(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/programmes/{id}/history")
    @Operation(summary = "Every change of the programme, newest first")
    public List<HistoryEntryDto> getFundingProgrammeHistory(@PathParam("id") UUID id) {
        return service.programmeHistory(id);
    }

    // ---- calls --------------------------------------------------------------------------------

    @GET
    @Path("/calls")
    @Operation(
            summary = "Calls (utlysningar), newest year first",
            description = "Open and closed calls are public; drafts only for admins and the county's coordinator")
    public List<CallDto> listFundingCalls(
            @Valid @BeanParam CountyYearQuery query, @QueryParam("status") CallStatus status) {
        return service.calls(query.county(), query.year(), status);
    }

    @GET
    @Path("/calls/{id}")
    @Operation(summary = "Get a call with its priorities")
    public RestResponse<CallDto> getFundingCall(@PathParam("id") UUID id) {
        return ok(service.getCall(id));
    }

    @POST
    @Path("/calls")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Draft a call", description = "Admins and the coordinator of the call's county")
    @APIResponseSchema(value = CallDto.class, responseCode = "201", responseDescription = "Created as DRAFT")
    public RestResponse<CallDto> createFundingCall(
            @NotNull(message = "{validation.body-required}") @Valid CallInput input) {
        CallDto call = service.createCall(input);
        return EntityTags.created("funding/calls", call.id(), call);
    }

    @PUT
    @Path("/calls/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Replace a call", description = "While DRAFT or OPEN; needs If-Match")
    public RestResponse<CallDto> updateFundingCall(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid CallInput input) {
        return ok(service.updateCall(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/calls/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Open or close a call", description = "DRAFT → OPEN → CLOSED; needs If-Match")
    public RestResponse<CallDto> changeFundingCallStatus(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid CallStatusInput input) {
        return ok(service.changeCallStatus(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/calls/{id}/history")
    @Operation(summary = "Every change of the call, newest first")
    public List<HistoryEntryDto> getFundingCallHistory(@PathParam("id") UUID id) {
        return service.callHistory(id);
    }

    // ---- what the public sees of the money ------------------------------------------------------

    @GET
    @Path("/summary")
    @Operation(
            summary = "Money per programme, goal area, municipality and year; applied against granted (public)",
            description = "Sums of the projects' stated budget amounts, exact to the öre, as decimal strings; and"
                    + " what the caller may start in the county asked for")
    public SummaryDto getFundingSummary(@Valid @BeanParam CountyYearQuery query) {
        return reports.summary(query.county(), query.year());
    }

    @GET
    @Path("/projects.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(
            summary = "Export the projects and their budget lines as CSV (public)",
            description = "One row per budget line: project, county, owner, municipality, partners, status, period,"
                    + " source, year, amount, goal areas")
    public RestResponse<String> exportFundingProjectsCsv(
            @Valid @BeanParam CountyYearQuery query, @BeanParam DialectQuery dialect) {
        CsvDialect chosen = dialect.chosen();
        String csv = exports.run(() -> reports.csv(reports.exportRows(query.county(), query.year()), chosen));
        return Downloads.attachment(csv, Csv.CONTENT_TYPE, "funding-projects.csv");
    }

    @GET
    @Path("/projects.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Export the projects and their budget lines as an Excel workbook (public)")
    @APIResponse(
            responseCode = "200",
            description = "The XLSX file, the same rows as the CSV, for people: Swedish column names and statuses",
            content =
                    @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> exportFundingProjectsXlsx(@Valid @BeanParam CountyYearQuery query) {
        byte[] xlsx = exports.run(() -> reports.xlsx(reports.exportRows(query.county(), query.year())));
        return Downloads.attachment(xlsx, Downloads.XLSX, "funding-projects.xlsx");
    }
}
