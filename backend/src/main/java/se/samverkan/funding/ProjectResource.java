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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.PageQuery;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.funding.FundingDtos.AccountDto;
import se.samverkan.funding.FundingDtos.ProjectDto;
import se.samverkan.funding.FundingDtos.ProjectPage;
import se.samverkan.funding.FundingInputs.AccountInput;
import se.samverkan.funding.FundingInputs.AccountStatusInput;
import se.samverkan.funding.FundingInputs.FilingInput;
import se.samverkan.funding.FundingInputs.ProjectInput;
import se.samverkan.funding.FundingInputs.QualifyInput;
import se.samverkan.funding.FundingQueries.AccountQuery;
import se.samverkan.funding.FundingQueries.ProjectQuery;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Funding projects",
        description = "Projects from granted applications or funded elsewhere (public), and their accounting")
public class ProjectResource {

    @Inject
    ProjectService service;

    @GET
    @Path("/projects")
    @Operation(
            summary = "Projects: who got what for what (public)",
            description =
                    "Filter by county, goal area (a goal area's projects), programme, budget year or organisation")
    public ProjectPage listFundingProjects(@Valid @BeanParam ProjectQuery query, @Valid @BeanParam PageQuery paging) {
        return service.list(query.filter(), paging.page(), paging.size());
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "Get a project with its budget, links and the responsibilities it qualifies (public)")
    public RestResponse<ProjectDto> getFundingProject(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @Path("/projects")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Register a project funded elsewhere",
            description = "Admins and the coordinator of the project's county; granted applications create theirs")
    @APIResponseSchema(value = ProjectDto.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ProjectDto> createFundingProject(
            @NotNull(message = "{validation.body-required}") @Valid ProjectInput input) {
        ProjectDto project = service.create(input);
        return EntityTags.created("funding/projects", project.id(), project);
    }

    @PUT
    @Path("/projects/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "Replace a project",
            description = "Members of the owner, the county's coordinator and admins; only the latter move it to"
                    + " another county. Needs If-Match")
    public RestResponse<ProjectDto> updateFundingProject(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid ProjectInput input) {
        return ok(service.update(target.id(), target.ifMatch(), input));
    }

    @PUT
    @Path("/projects/{id}/responsibilities")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Set the responsibilities the project qualifies (\"VKL genom projekt …\")",
            description = "The county's coordinator and admins, for agreements they manage; the responsibilities keep"
                    + " their qualifier text. Needs If-Match with the project's version")
    public RestResponse<ProjectDto> qualifyFundingResponsibilities(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid QualifyInput input) {
        return ok(service.qualify(target.id(), target.ifMatch(), input));
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
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(summary = "The project's accounts", description = "Owner, partners, the county's coordinator, admins")
    public List<AccountDto> listFundingProjectAccounts(@PathParam("id") UUID id) {
        return service.accounts(id);
    }

    @POST
    @Path("/projects/{id}/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Ask for an account by a due date", description = "The county's coordinator and admins")
    @APIResponseSchema(value = AccountDto.class, responseCode = "201", responseDescription = "Created as DUE")
    public RestResponse<AccountDto> createFundingAccount(
            @PathParam("id") UUID projectId,
            @NotNull(message = "{validation.body-required}") @Valid AccountInput input) {
        AccountDto account = service.createAccount(projectId, input);
        return EntityTags.created("funding/accounts", account.id(), account);
    }

    @GET
    @Path("/accounts")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(
            summary = "The accounting board, earliest due first",
            description = "Accounts the caller may read; overdue=true: not filed and past the due date")
    public List<AccountDto> listFundingAccounts(@Valid @BeanParam AccountQuery query) {
        return service.board(query.county(), query.overdue());
    }

    @GET
    @Path("/accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MEMBER, Roles.GRANTEE})
    @Operation(summary = "Get an account")
    public RestResponse<AccountDto> getFundingAccount(@PathParam("id") UUID id) {
        return ok(service.getAccount(id));
    }

    @PUT
    @Path("/accounts/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(summary = "Move an account's due date", description = "While DUE; needs If-Match")
    public RestResponse<AccountDto> updateFundingAccount(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid AccountInput input) {
        return ok(service.updateAccount(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/accounts/{id}/filing")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBER})
    @Operation(
            summary = "File the account: money spent, what was done, results",
            description = "Members of the project's owner; needs If-Match")
    public RestResponse<AccountDto> fileFundingAccount(
            @BeanParam VersionedId target, @NotNull(message = "{validation.body-required}") @Valid FilingInput input) {
        return ok(service.file(target.id(), target.ifMatch(), input));
    }

    @POST
    @Path("/accounts/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Approve a filed account, or return it (DUE) for completion",
            description = "The county's coordinator and admins; needs If-Match")
    public RestResponse<AccountDto> changeFundingAccountStatus(
            @BeanParam VersionedId target,
            @NotNull(message = "{validation.body-required}") @Valid AccountStatusInput input) {
        return ok(service.changeAccountStatus(target.id(), target.ifMatch(), input));
    }
}
