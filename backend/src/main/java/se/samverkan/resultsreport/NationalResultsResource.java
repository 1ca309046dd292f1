package se.samverkan.resultsreport;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.Downloads;
import se.samverkan.common.http.ExportLimiter;
import se.samverkan.resultsreport.ResultsReportDtos.NationalResultsDto;

/** The national compilation of a year's results reports, as JSON, CSV and PDF; public (approved reports only). */
@Path("/api/v1/national-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results reports")
public class NationalResultsResource {

    static final String PDF = "application/pdf";

    @Inject
    NationalResultsService service;

    @Inject
    ExportLimiter exports;

    @GET
    @Path("/{year}")
    @Operation(
            summary = "The national compilation of a year's results reports",
            description = "Per assignment the national summary, where one is held, and the counties' approved parts"
                    + " side by side; every county with whether its report is approved. Drafts never appear")
    public NationalResultsDto getNationalResults(
            @PathParam("year")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    int year) {
        return service.compilation(year);
    }

    @GET
    @Path("/{year}.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(
            summary = "The national compilation as CSV",
            description = "One row per assignment's national summary (county empty) and per county's approved part;"
                    + " in excel-sv the assignment by its Swedish name only (no code column)")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "503",
            description = "Too many exports are being prepared (busy); Retry-After says when to try again")
    public RestResponse<String> exportNationalResultsCsv(
            @PathParam("year")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    int year,
            @BeanParam DialectQuery dialect) {
        CsvDialect chosen = dialect.chosen();
        String csv = exports.run(() -> service.csv(year, chosen));
        return Downloads.attachment(csv, Csv.CONTENT_TYPE, "resultatredovisningar-" + year + ".csv");
    }

    @GET
    @Path("/{year}.pdf")
    @Produces(PDF)
    @Operation(summary = "The national compilation as PDF (A4, Swedish)")
    @APIResponse(
            responseCode = "200",
            description = "The PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "503",
            description = "Too many exports are being prepared (busy); Retry-After says when to try again")
    public RestResponse<byte[]> exportNationalResultsPdf(
            @PathParam("year")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    int year) {
        byte[] pdf = exports.run(() -> service.pdf(year));
        return Downloads.attachment(pdf, PDF, "resultatredovisningar-" + year + ".pdf");
    }
}
