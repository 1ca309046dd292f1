package se.samverkan.followup.indicator;

import static se.samverkan.common.http.EntityTags.ok;
import static se.samverkan.common.problem.Text.text;

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
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.Downloads;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.problem.ProblemType;
import se.samverkan.common.security.Roles;
import se.samverkan.followup.FollowUpDtos.ValueDto;
import se.samverkan.followup.indicator.IndicatorDtos.ImportResultDto;
import se.samverkan.followup.indicator.IndicatorDtos.IndicatorDto;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Indicators",
        description =
                "Indicator definitions, targets and values per year, municipality and gender; CSV import and export")
public class IndicatorResource {

    /** Larger files are refused with 413 before anything is parsed. */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    @Inject
    IndicatorService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an indicator", description = "Readable by whoever reads its agreement")
    public RestResponse<IndicatorDto> getIndicator(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Redefine an indicator",
            description = "Scope and gender breakdown are fixed while it has values; needs If-Match")
    public RestResponse<IndicatorDto> updateIndicator(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid IndicatorInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Remove an indicator with its targets and values",
            description = "Refused (409 indicator-in-use) while assessments report values for it; needs If-Match")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteIndicator(@BeanParam VersionedId target) {
        service.delete(target.id(), target.ifMatch());
    }

    @GET
    @Path("/{id}/values")
    @Operation(
            summary = "The indicator's values",
            description = "By year, municipality (code; none when county-wide) and gender")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ValueDto.class)))
    public Response listIndicatorValues(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once while nothing it shows changes (KeptJson), not per request.
        var values = service.valuesJson(id);
        return PublicReads.respond(values, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/{id}/values.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(
            summary = "Export the values as CSV",
            description = "UTF-8, header year,municipality,gender,value (excel-sv: År;Kommunkod;Kön;Värde, genders "
                    + "Totalt, Kvinnor, Män): the format the import takes")
    public RestResponse<byte[]> exportIndicatorValues(@PathParam("id") UUID id, @BeanParam DialectQuery dialect) {
        return Downloads.attachment(
                service.valuesCsv(id, dialect.chosen()), Csv.CONTENT_TYPE, "indicator-" + id + "-values.csv");
    }

    @POST
    @Path("/{id}/values")
    @Consumes(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace every value from a CSV file",
            description =
                    "UTF-8 with or without a byte order mark, header year,municipality,gender,value or the Swedish "
                            + "År;Kommunkod;Kön;Värde (either names, any order; the header tells whether commas or semicolons "
                            + "separate, otherwise ?dialect= does); municipality is the four-digit code "
                            + "(empty for county-wide indicators), gender TOTAL, WOMEN or MEN, or Totalt, Kvinnor or Män (empty means "
                            + "TOTAL), value a number with a decimal point or a decimal comma (in quotes when commas separate). An "
                            + "unknown, repeated or missing column is named (field \"row 1: header\"). Quoted cells may "
                            + "span lines; control characters other than tab and line breaks are refused per cell. Stored only when every row is valid: otherwise 400 with "
                            + "one error per bad row (field \"row 7: value\"). At most 5 MB (413). Needs If-Match of the indicator")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = Csv.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING),
                            example = "year,municipality,gender,value\n2021,1980,WOMEN,\"31,5\"\n2021,1980,MEN,38.2\n"))
    @APIResponseSchema(
            value = ImportResultDto.class,
            responseCode = "200",
            responseDescription = "Imported; the indicator's new version is the ETag")
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
    public RestResponse<ImportResultDto> importIndicatorValues(
            @BeanParam VersionedId target, @BeanParam DialectQuery dialect, InputStream body) {
        CsvDialect chosen = dialect.chosen();
        ImportResultDto result =
                service.importValues(target.id(), target.ifMatch(), readAtMost(body, MAX_UPLOAD_BYTES), chosen);
        return EntityTags.ok(result);
    }

    @PUT
    @Path("/{id}/values")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace every value from JSON (a statistics system's push)",
            description =
                    "The same rules and all-or-nothing replacement as the CSV import; errors name values[i].field."
                            + " The agreement's managers, and a statistics provider for the indicators granted to it. Needs If-Match")
    @APIResponseSchema(
            value = ImportResultDto.class,
            responseCode = "200",
            responseDescription = "Replaced; the indicator's new version is the ETag")
    public RestResponse<ImportResultDto> pushIndicatorValues(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid ValuesInput input) {
        ImportResultDto result = service.pushValues(target.id(), target.ifMatch(), input);
        return EntityTags.ok(result);
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                out.write(buffer, 0, read);
                if (out.size() > limit) {
                    throw new ProblemException(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            text("followup.file-larger-mb-split-leave", limit / (1024 * 1024)));
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
