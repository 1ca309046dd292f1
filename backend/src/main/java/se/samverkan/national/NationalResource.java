package se.samverkan.national;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.Downloads;
import se.samverkan.common.http.PageQuery;
import se.samverkan.common.http.PublicReads;
import se.samverkan.national.NationalDtos.IndicatorValuePage;
import se.samverkan.national.NationalDtos.NationalOverview;

/** The national picture: the 21 counties side by side, for the public and, with more, for national readers. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National", description = "The counties side by side and indicator values across the country")
public class NationalResource {

    @Inject
    NationalService service;

    @GET
    @Path("/national")
    @Operation(
            summary = "The 21 counties side by side in one year",
            description = "Per county: agreements in force by kind, municipalities with a LÖK in force, goal areas by"
                    + " follow-up status, open action items; the country's totals; every municipality with its LÖK"
                    + " (for the map). Public figures for everyone; national readers and admins also see what is not"
                    + " public yet (internal: true)")
    @APIResponseSchema(value = NationalOverview.class, responseCode = "200", responseDescription = "OK")
    public Response getNationalOverview(
            @Valid @BeanParam NationalQuery query, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once while nothing it counts changes (KeptJson), not per request.
        var overview = service.keptOverview(query);
        return PublicReads.respond(overview, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }

    @GET
    @Path("/national.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(
            summary = "The county comparison as CSV",
            description = "One row per county, then the country's totals (county_code empty); the same figures as"
                    + " the JSON for the same caller")
    public RestResponse<String> exportNationalOverviewCsv(
            @Valid @BeanParam NationalQuery query, @BeanParam DialectQuery dialect) {
        String body = service.overviewCsv(query, dialect.chosen());
        return Downloads.attachment(body, Csv.CONTENT_TYPE, "samverkan-lanen.csv");
    }

    @GET
    @Path("/national/indicator-values")
    @Operation(
            summary = "Indicator values across counties and municipalities",
            description = "One row per indicator and place (municipality, or the county for county-wide indicators)"
                    + " with the total and the values for women and men; by indicator, county and municipality."
                    + " Values of public agreements for everyone; national readers and admins also those of"
                    + " agreements not yet adopted")
    @APIResponseSchema(value = IndicatorValuePage.class, responseCode = "200", responseDescription = "OK")
    public Response listNationalIndicatorValues(
            @Valid @BeanParam IndicatorValueQuery query,
            @Valid @BeanParam PageQuery page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Written once while nothing it shows changes (KeptJson), not per request.
        var values = service.indicatorValues(query, page);
        return PublicReads.respond(values, MediaType.APPLICATION_JSON, ifNoneMatch, false);
    }
}
