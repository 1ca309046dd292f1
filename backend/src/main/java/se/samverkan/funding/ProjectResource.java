package se.samverkan.funding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import se.samverkan.common.http.Paging;
import se.samverkan.common.security.Roles;
import se.samverkan.funding.FundingDtos.AccountDto;
import se.samverkan.funding.FundingDtos.ProjectDto;
import se.samverkan.funding.FundingDtos.ProjectPage;
import se.samverkan.funding.FundingInputs.AccountInput;
import se.samverkan.funding.FundingInputs.AccountStatusInput;
import se.samverkan.funding.FundingInputs.FilingInput;
import se.samverkan.funding.FundingInputs.ProjectInput;
import se.samverkan.funding.FundingInputs.QualifyInput;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Funding projects",
        description = "Projects from granted applications or funded elsewhere (public), and their accounting")
public class ProjectResource {

    private static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String IF_MATCH = "The ETag (version) of what is changed";

    @Inject
    ProjectService service;

    @GET
    @Path("/projects")
    @Operation(
            summary = "Projects: who got what for what (public)",
            description =
                    "Filter by county, goal area (a goal area's projects), programme, budget year or organisation")
    public ProjectPage listFundingProjects(
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @Parameter(description = "Only projects serving this goal area", schema = @Schema(format = "uuid"))
                    @QueryParam("goalArea")
                    @Pattern(regexp = UUID_PATTERN, message = "{validation.must-be-a-goal-area-id-uuid}")
                    String goalArea,
            @Parameter(description = "Only projects with money from this programme", schema = @Schema(format = "uuid"))
                    @QueryParam("programme")
                    @Pattern(regexp = UUID_PATTERN, message = "{validation.must-be-a-programme-id-uuid}")
                    String programme,
            @Parameter(description = "Only projects with a budget line of this year")
                    @QueryParam("year")
                    @Min(value = 2000, message = "{validation.must-be-value-or-later}")
                    @Max(value = 2100, message = "{validation.must-be-value-or-earlier}")
                    Integer year,
            @Parameter(
                            description = "Only projects this organisation owns or takes part in",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organisation")
                    @Pattern(regexp = UUID_PATTERN, message = "{validation.must-be-an-organisation-id-uuid}")
                    String organisation,
            @Parameter(description = "Part of the project's name")
                    @QueryParam("q")
                    @Size(max = 200, message = "{validation.at-most-characters}")
                    String q,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "{validation.must-be-value-or-more}")
                    @Max(value = Paging.MAX_PAGE, message = "{validation.must-be-value-or-less}")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "{validation.must-be-between-1-and-100}")
                    @Max(value = 100, message = "{validation.must-be-between-1-and-100}")
                    int size) {
        return service.list(
                new FundingProjectRepository.Filter(
                        county,
                        goalArea == null ? null : UUID.fromString(goalArea),
                        programme == null ? null : UUID.fromString(programme),
                        year,
                        organisation == null ? null : UUID.fromString(organisation),
                        q == null || q.isBlank() ? null : q),
                page,
                size);
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "Get a project with its budget, links and the responsibilities it qualifies (public)")
    @APIResponse(
            responseCode = "200",
            description = "The project; its version is the ETag",
            content = @Content(schema = @Schema(implementation = ProjectDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProjectDto> getFundingProject(@PathParam("id") UUID id) {
        ProjectDto project = service.get(id);
        return EntityTags.ok(project, project.version());
    }

    @POST
    @Path("/projects")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Register a project funded elsewhere",
            description = "Admins and the coordinator of the project's county; granted applications create theirs")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProjectDto> createFundingProject(
            @NotNull(message = "{validation.body-required}") @Valid ProjectInput input, UriInfo uriInfo) {
        ProjectDto project = service.create(input);
        return EntityTags.created(
                uriInfo.getBaseUriBuilder()
                        .path("api/v1/funding/projects")
                        .path(project.id().toString())
                        .build(),
                project,
                project.version());
    }

    @PUT
    @Path("/projects/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            summary = "Replace a project",
            description = "Members of the owner, the county's coordinator and admins; only the latter move it to"
                    + " another county. Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = ProjectDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProjectDto> updateFundingProject(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid ProjectInput input) {
        ProjectDto project = service.update(id, ifMatch, input);
        return EntityTags.ok(project, project.version());
    }

    @PUT
    @Path("/projects/{id}/responsibilities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Set the responsibilities the project qualifies (\"VKL genom projekt …\")",
            description = "The county's coordinator and admins, for agreements they manage; the responsibilities keep"
                    + " their qualifier text. Needs If-Match with the project's version")
    @APIResponse(
            responseCode = "200",
            description = "The project with its responsibilities",
            content = @Content(schema = @Schema(implementation = ProjectDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ProjectDto> qualifyFundingResponsibilities(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid QualifyInput input) {
        ProjectDto project = service.qualify(id, ifMatch, input);
        return EntityTags.ok(project, project.version());
    }

    @GET
    @Path("/projects/{id}/history")
    @Operation(summary = "Every change of the project (and, for those who may read them, its accounts)")
    public List<HistoryEntryDto> getFundingProjectHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    // ---- accounting ---------------------------------------------------------------------------

    @GET
    @Path("/projects/{id}/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(summary = "The project's accounts", description = "Owner, partners, the county's coordinator, admins")
    public List<AccountDto> listFundingProjectAccounts(@PathParam("id") UUID id) {
        return service.accounts(id);
    }

    @POST
    @Path("/projects/{id}/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Ask for an account by a due date", description = "The county's coordinator and admins")
    @APIResponse(
            responseCode = "201",
            description = "Created as DUE",
            content = @Content(schema = @Schema(implementation = AccountDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AccountDto> createFundingAccount(
            @PathParam("id") UUID projectId,
            @NotNull(message = "{validation.body-required}") @Valid AccountInput input,
            UriInfo uriInfo) {
        AccountDto account = service.createAccount(projectId, input);
        return EntityTags.created(
                uriInfo.getBaseUriBuilder()
                        .path("api/v1/funding/accounts")
                        .path(account.id().toString())
                        .build(),
                account,
                account.version());
    }

    @GET
    @Path("/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            summary = "The accounting board, earliest due first",
            description = "Accounts the caller may read; overdue=true: not filed and past the due date")
    public List<AccountDto> listFundingAccounts(
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        return service.board(county, overdue);
    }

    @GET
    @Path("/accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(summary = "Get an account")
    @APIResponse(
            responseCode = "200",
            description = "The account; its version is the ETag",
            content = @Content(schema = @Schema(implementation = AccountDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AccountDto> getFundingAccount(@PathParam("id") UUID id) {
        AccountDto account = service.getAccount(id);
        return EntityTags.ok(account, account.version());
    }

    @PUT
    @Path("/accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Move an account's due date", description = "While DUE; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = AccountDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AccountDto> updateFundingAccount(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid AccountInput input) {
        AccountDto account = service.updateAccount(id, ifMatch, input);
        return EntityTags.ok(account, account.version());
    }

    @POST
    @Path("/accounts/{id}/filing")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "File the account: money spent, what was done, results",
            description = "Members of the project's owner; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The filed account",
            content = @Content(schema = @Schema(implementation = AccountDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AccountDto> fileFundingAccount(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid FilingInput input) {
        AccountDto account = service.file(id, ifMatch, input);
        return EntityTags.ok(account, account.version());
    }

    @POST
    @Path("/accounts/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            summary = "Approve a filed account, or return it (DUE) for completion",
            description = "The county's coordinator and admins; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The account in its new status",
            content = @Content(schema = @Schema(implementation = AccountDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AccountDto> changeFundingAccountStatus(
            @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "{validation.body-required}") @Valid AccountStatusInput input) {
        AccountDto account = service.changeAccountStatus(id, ifMatch, input);
        return EntityTags.ok(account, account.version());
    }
}
