package se.samverkan.opendata;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.http.PublicReads;

@Path("/api/v1/open-data")
@Tag(
        name = "Open data",
        description = "Everything public as bulk downloads (CSV, JSON) under CC0 1.0, with Table Schemas, a DCAT-AP-SE"
                + " catalogue and Atom feeds. The same for every caller; rebuilt when the data changes (ETag,"
                + " If-None-Match answers 304).")
public class OpenDataResource {

    private static final String ATOM = "application/atom+xml";
    private static final String JSON_LD = "application/ld+json";
    private static final String TURTLE = "text/turtle";
    private static final String COUNTY_DESCRIPTION = "Only this county (e.g. 19); none for the whole country";

    @Inject
    OpenDataService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public datasets, their licence, catalogue and feeds")
    public OpenDataDtos.Catalogue getOpenData() {
        return service.catalogue();
    }

    @GET
    @Path("/catalog.jsonld")
    @Produces(JSON_LD)
    @Operation(summary = "The DCAT-AP-SE catalogue of the datasets (JSON-LD), for dataportal.se to harvest")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(mediaType = JSON_LD, schema = @Schema(type = SchemaType.OBJECT)))
    public Response getOpenDataCatalog(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(service.dcat(), JSON_LD, ifNoneMatch);
    }

    @GET
    @Path("/catalog.ttl")
    @Produces(TURTLE)
    @Operation(summary = "The DCAT-AP-SE catalogue of the datasets in Turtle, the same graph as the JSON-LD")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(mediaType = TURTLE, schema = @Schema(type = SchemaType.STRING)))
    public Response getOpenDataCatalogTurtle(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(service.dcatTurtle(), TURTLE + "; charset=utf-8", ifNoneMatch);
    }

    @GET
    @Path("/{dataset}.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "A dataset as CSV (RFC 4180, UTF-8, header row; columns as its schema says)")
    public Response getOpenDatasetCsv(@Valid @BeanParam DatasetRequest request) {
        byte[] bytes = PublicReads.utf8(service.csv(request.dataset()));
        return PublicReads.builder(bytes, Csv.CONTENT_TYPE, PublicReads.contentTag(bytes), request.ifNoneMatch(), true)
                .header("Content-Disposition", "attachment; filename=\"" + request.dataset() + ".csv\"")
                .build();
    }

    @GET
    @Path("/{dataset}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A dataset as JSON: {dataset, title, license, schema, modified, rows}")
    @APIResponse(
            responseCode = "200",
            description = "The dataset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response getOpenDatasetJson(@Valid @BeanParam DatasetRequest request) {
        return respond(service.json(request.dataset()), MediaType.APPLICATION_JSON, request.ifNoneMatch());
    }

    @GET
    @Path("/{dataset}/schema")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A dataset's Table Schema: its columns, their types and meanings")
    @APIResponse(
            responseCode = "200",
            description = "The schema",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response getOpenDatasetSchema(@Valid @BeanParam DatasetRequest request) {
        return respond(service.schema(request.dataset()), MediaType.APPLICATION_JSON, request.ifNoneMatch());
    }

    @GET
    @Path("/agreements.atom")
    @Produces(ATOM)
    @Operation(summary = "Newly adopted agreements as an Atom feed, per county or national")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getAdoptedAgreementsFeed(
            @Parameter(description = COUNTY_DESCRIPTION)
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(service.agreementsFeed(county), ATOM, ifNoneMatch);
    }

    @GET
    @Path("/minutes.atom")
    @Produces(ATOM)
    @Operation(summary = "Newly published minutes as an Atom feed, per county or national")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response getPublishedMinutesFeed(
            @Parameter(description = COUNTY_DESCRIPTION)
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return respond(service.minutesFeed(county), ATOM, ifNoneMatch);
    }

    /** The same bytes for everyone: a content ETag, 304 on If-None-Match, and shared caches may keep it. */
    private static Response respond(String body, String mediaType, String ifNoneMatch) {
        byte[] bytes = PublicReads.utf8(body);
        return PublicReads.respond(bytes, mediaType, PublicReads.contentTag(bytes), ifNoneMatch, true);
    }
}
