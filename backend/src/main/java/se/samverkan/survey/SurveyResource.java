package se.samverkan.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.csv.Csv;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.DialectQuery;
import se.samverkan.common.http.Downloads;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.ExportLimiter;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.survey.SurveyDtos.AnswerDto;
import se.samverkan.survey.SurveyDtos.ComparisonDto;
import se.samverkan.survey.SurveyDtos.ResultsDto;
import se.samverkan.survey.SurveyDtos.SurveyDto;
import se.samverkan.survey.SurveyDtos.SurveyListItem;
import se.samverkan.survey.SurveyInputs.AnswerInput;
import se.samverkan.survey.SurveyInputs.CopyInput;
import se.samverkan.survey.SurveyInputs.StatusInput;
import se.samverkan.survey.SurveyInputs.SummariesInput;
import se.samverkan.survey.SurveyInputs.SurveyInput;

@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Surveys",
        description = "Lägesbild: a county's (or the nation's) questions to its municipalities, the answers, the"
                + " picture they give")
public class SurveyResource {

    private static final String COUNTY = "[0-9]{2}";
    private static final String COUNTY_MESSAGE = "{validation.must-be-a-two-digit-county-code}";

    @Inject
    SurveyService service;

    @Inject
    AnswerService answers;

    @Inject
    SurveyResultsService results;

    @Inject
    ExportLimiter exports;

    // ---- surveys --------------------------------------------------------------------------------

    @GET
    @Operation(
            summary = "Surveys, newest year first",
            description = "Open, closed and published surveys are public; drafts only for those who run them. With a"
                    + " token, each says whether the caller's organisation is asked and how far its answer is")
    public List<SurveyListItem> listSurveys(@Valid @BeanParam SurveyQuery query) {
        return service.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a survey with its themes, questions and recipients")
    public RestResponse<SurveyDto> getSurvey(@PathParam("id") UUID id) {
        return EntityTags.ok(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Draft a survey",
            description = "The county's coordinators; administrators for a national survey (no countyCode). Without"
                    + " recipientIds it asks every municipality of the county (and the region with includeRegion)")
    @APIResponseSchema(value = SurveyDto.class, responseCode = "201", responseDescription = "Created as DRAFT")
    public RestResponse<SurveyDto> createSurvey(
            @NotNull(message = "{validation.body-required}") @Valid SurveyInput input) {
        SurveyDto survey = service.create(input);
        return EntityTags.created("surveys", survey.id(), survey);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace a draft survey: title, dates, themes, questions, recipients",
            description = "Only while DRAFT (409 survey-not-draft); a question sent with its key keeps its identity;"
                    + " needs If-Match")
    public RestResponse<SurveyDto> updateSurvey(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid SurveyInput input) {
        return EntityTags.ok(service.update(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/{id}/copy")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Copy a survey to a new draft (next year's)",
            description = "Themes, questions with their keys (so years compare) and recipients are copied")
    @APIResponseSchema(value = SurveyDto.class, responseCode = "201", responseDescription = "The copy, as DRAFT")
    public RestResponse<SurveyDto> copySurvey(
            @PathParam("id") UUID id, @NotNull(message = "{validation.body-required}") @Valid CopyInput input) {
        SurveyDto copy = service.copy(id, input);
        return EntityTags.created("surveys", copy.id(), copy);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Open, close or publish a survey",
            description =
                    "DRAFT → OPEN → CLOSED → PUBLISHED, each step named in a 409 when not allowed; needs If-Match")
    public RestResponse<SurveyDto> changeSurveyStatus(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid StatusInput input) {
        return EntityTags.ok(service.changeStatus(target.id(), target.ifMatch(), input));
    }

    @PUT
    @Path("/{id}/summaries")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Write the summary (Läget) of themes",
            description = "While OPEN or CLOSED; published with the results; needs If-Match with the survey's version")
    public RestResponse<SurveyDto> putSurveySummaries(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid SummariesInput input) {
        return EntityTags.ok(service.summarise(target.id(), target.ifMatch(), input));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Operation(summary = "Every change of the survey and its answers, newest first (those who run it)")
    public List<HistoryEntryDto> getSurveyHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    // ---- answers --------------------------------------------------------------------------------

    @GET
    @Path("/{id}/answers/{organisationId}")
    @Operation(
            summary = "An asked organisation's answer",
            description = "For its members, those who run the survey and the national reader; version 0 before the"
                    + " first save")
    public RestResponse<AnswerDto> getSurveyAnswer(
            @PathParam("id") UUID id, @PathParam("organisationId") UUID organisationId) {
        return EntityTags.ok(answers.get(id, organisationId));
    }

    @PUT
    @Path("/{id}/answers/{organisationId}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Operation(
            summary = "Save the organisation's answer as a draft",
            description = "Members of the asked organisation while the survey is open and before its closing day."
                    + " The first save creates it (201) and sends If-None-Match: * so that an answer another member"
                    + " started meanwhile is refused with 412 instead of being replaced; later saves need If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = AnswerDto.class)))
    @APIResponseSchema(value = AnswerDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<AnswerDto> saveSurveyAnswer(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @Parameter(description = "The answer's version, after the first save") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Parameter(
                            description =
                                    "*: create the answer only if the organisation has not started it (412 when it has)")
                    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
                    String ifNoneMatch,
            @NotNull(message = "{validation.body-required}") @Valid AnswerInput input) {
        AnswerService.Saved saved = answers.save(id, organisationId, ifMatch, ifNoneMatch, input);
        return RestResponse.ResponseBuilder.<AnswerDto>create(
                        saved.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                .entity(saved.answer())
                .tag(EntityTags.of(saved.answer().version()))
                .build();
    }

    @POST
    @Path("/{id}/answers/{organisationId}/submission")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Operation(
            summary = "Submit the organisation's answer",
            description = "Once per organisation (409 answer-already-submitted for the second); required questions and"
                    + " comments must be there; needs If-Match")
    public RestResponse<AnswerDto> submitSurveyAnswer(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(answers.submit(id, organisationId, ifMatch));
    }

    @POST
    @Path("/{id}/answers/{organisationId}/reopening")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Reopen a submitted answer so the organisation can change it",
            description = "Those who run the survey, while it is open; needs If-Match")
    public RestResponse<AnswerDto> reopenSurveyAnswer(
            @PathParam("id") UUID id,
            @PathParam("organisationId") UUID organisationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return EntityTags.ok(answers.reopen(id, organisationId, ifMatch));
    }

    // ---- results --------------------------------------------------------------------------------

    @GET
    @Path("/{id}/results")
    @Operation(
            summary = "The picture: response rate, distributions, numbers, choices, comments, summaries",
            description = "Internal (every comment, who has not answered) for those who run the survey, the national"
                    + " reader and, limited to their county, a county's coordinator in a national survey; once"
                    + " PUBLISHED everyone sees the aggregates, the summaries and the comments marked publishable")
    public ResultsDto getSurveyResults(
            @PathParam("id") UUID id,
            @Parameter(description = "Limit the figures to one county's organisations")
                    @QueryParam("county")
                    @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE)
                    String county) {
        return results.results(id, county);
    }

    @GET
    @Path("/{id}/county-comparison")
    @Operation(summary = "The county pictures side by side and the national total (national surveys)")
    public ComparisonDto getSurveyCountyComparison(@PathParam("id") UUID id) {
        return results.comparison(id);
    }

    @GET
    @Path("/{id}/results.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The aggregates as CSV: per statement a row per step of the scale, choices, sums")
    public RestResponse<String> exportSurveyResultsCsv(
            @PathParam("id") UUID id,
            @QueryParam("county") @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
            @BeanParam DialectQuery dialect) {
        CsvDialect chosen = dialect.chosen();
        String csv = exports.run(
                () -> results.aggregatesCsv(results.aggregateRows(results.resultsForExport(id, county)), chosen));
        return Downloads.attachment(csv, Csv.CONTENT_TYPE, "survey-results.csv");
    }

    @GET
    @Path("/{id}/answers.csv")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Every answer as rows (one per answered question), internal")
    public RestResponse<String> exportSurveyAnswersCsv(
            @PathParam("id") UUID id,
            @QueryParam("county") @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county,
            @BeanParam DialectQuery dialect) {
        CsvDialect chosen = dialect.chosen();
        String csv = exports.run(() -> results.answersCsv(results.answerRows(id, county), chosen));
        return Downloads.attachment(csv, Csv.CONTENT_TYPE, "survey-answers.csv");
    }

    @GET
    @Path("/{id}/answers.xlsx")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE, Roles.MEMBER})
    @Produces(Downloads.XLSX)
    @Operation(summary = "Every answer and the aggregates as an Excel workbook (two sheets), internal")
    @APIResponse(
            responseCode = "200",
            description = "The XLSX file, for people: Swedish column names and codes, as the excel-sv CSV",
            content =
                    @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> exportSurveyAnswersXlsx(
            @PathParam("id") UUID id,
            @QueryParam("county") @Pattern(regexp = COUNTY, message = COUNTY_MESSAGE) String county) {
        byte[] xlsx = exports.run(() -> results.xlsx(
                results.answerRows(id, county), results.aggregateRows(results.resultsForExport(id, county))));
        return Downloads.attachment(xlsx, Downloads.XLSX, "survey-answers.xlsx");
    }
}
