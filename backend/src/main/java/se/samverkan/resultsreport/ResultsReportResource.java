package se.samverkan.resultsreport;

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
import se.samverkan.common.http.CountyYearQuery;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.resultsreport.ResultsReportDtos.ResultsReportDto;
import se.samverkan.resultsreport.ResultsReportDtos.ResultsReportListItem;
import se.samverkan.resultsreport.ResultsReportInputs.CreateInput;
import se.samverkan.resultsreport.ResultsReportInputs.PartsInput;

@Path("/api/v1/results-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Results reports",
        description = "Resultatredovisningar: each county's yearly report to the ministry, one part per assignment")
public class ResultsReportResource {

    @Inject
    ResultsReportService service;

    @GET
    @Operation(
            summary = "Results reports, newest year first",
            description = "Approved reports are public; drafts only for the county's coordinators, the national reader"
                    + " and admins")
    public List<ResultsReportListItem> listResultsReports(@Valid @BeanParam CountyYearQuery query) {
        return service.list(query);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Draft the county's results report of a year",
            description = "The county's coordinators and admins; one per county and year (409"
                    + " one-results-report-per-year)")
    @APIResponseSchema(value = ResultsReportDto.class, responseCode = "201", responseDescription = "Created as DRAFT")
    public RestResponse<ResultsReportDto> createResultsReport(
            @NotNull(message = "{validation.body-required}") @Valid CreateInput input) {
        ResultsReportDto report = service.create(input);
        return EntityTags.created("results-reports", report.id(), report);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A results report with its parts, one per assignment")
    public RestResponse<ResultsReportDto> getResultsReport(@PathParam("id") UUID id) {
        return EntityTags.ok(service.get(id));
    }

    @PUT
    @Path("/{id}/parts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Write parts of a draft results report",
            description = "The parts sent replace those of the same assignment; the others stay. Only while DRAFT (409"
                    + " results-report-approved); needs If-Match")
    public RestResponse<ResultsReportDto> putResultsReportParts(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid PartsInput input) {
        return EntityTags.ok(service.updateParts(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Approve the results report",
            description = "DRAFT → APPROVED: the county submits it, and it becomes public and part of the national"
                    + " compilation. An approved report is not reopened (409 status-unchanged); needs If-Match")
    public RestResponse<ResultsReportDto> approveResultsReport(@BeanParam VersionedId target) {
        return EntityTags.ok(service.approve(target.id(), target.ifMatch()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Operation(summary = "Every change of the report, newest first (its writers and the national reader)")
    public List<HistoryEntryDto> getResultsReportHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
