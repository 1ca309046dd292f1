package se.samverkan.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.Response;
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
import se.samverkan.agreement.AgreementDtos.AgreementDto;
import se.samverkan.agreement.AgreementDtos.AgreementPage;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.Paging;
import se.samverkan.common.http.PublicReads;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.common.security.Roles;
import se.samverkan.history.HistoryEntryDto;

@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "RÖK, LÖK, regional strategies and cooperation plans")
public class AgreementResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    static final String ENUM_KINDS = "REGIONAL|LOCAL|STRATEGY|COOPERATION_PLAN";
    static final String ENUM_STATUSES = "DRAFT|CONSULTATION|ADOPTED|EXPIRED|SUPERSEDED";
    static final String ENUM_TARGET_GROUPS =
            "NEWLY_ARRIVED|ASYLUM_SEEKERS|UNACCOMPANIED_MINORS|QUOTA_REFUGEES|FAMILY_MEMBERS"
                    + "|PERSONS_IN_NEED_OF_PROTECTION|FOREIGN_BORN|CHILDREN_AND_YOUNG_PEOPLE";

    @Inject
    AgreementService service;

    @Inject
    CurrentUser user;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @GET
    @Operation(
            summary = "List agreements the caller may see",
            description = "Public: adopted, expired and superseded. Paged; filters; Swedish full-text search in q")
    public AgreementPage listAgreements(
            @Parameter(description = "Swedish full-text search over title, purpose, goals and strategies")
                    @QueryParam("q")
                    @Size(max = 200, message = "must be at most 200 characters")
                    String q,
            @Parameter(schema = @Schema(implementation = AgreementKind.class))
                    @QueryParam("kind")
                    @Pattern(regexp = ENUM_KINDS, message = "must be one of " + ENUM_KINDS)
                    String kind,
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit county code")
                    String county,
            @Parameter(schema = @Schema(implementation = AgreementStatus.class))
                    @QueryParam("status")
                    @Pattern(regexp = ENUM_STATUSES, message = "must be one of " + ENUM_STATUSES)
                    String status,
            @Parameter(description = "In force (adopted, and its period covers the year)")
                    @QueryParam("year")
                    @Min(value = 1990, message = "must be 1990 or later")
                    @Max(value = 2100, message = "must be 2100 or earlier")
                    Integer year,
            @Parameter(
                            description = "Only agreements this organisation (id) is a party of",
                            schema = @Schema(format = "uuid"))
                    @QueryParam("organisation")
                    @Pattern(regexp = UUID_PATTERN, message = "must be an organisation id (UUID)")
                    String organisation,
            @Parameter(schema = @Schema(implementation = TargetGroup.class))
                    @QueryParam("targetGroup")
                    @Pattern(regexp = ENUM_TARGET_GROUPS, message = "must be one of the target groups")
                    String targetGroup,
            @QueryParam("page")
                    @DefaultValue("0")
                    @Min(value = 0, message = "must be 0 or more")
                    @Max(value = Paging.MAX_PAGE, message = "must be " + Paging.MAX_PAGE + " or less")
                    int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be between 1 and 100")
                    @Max(value = 100, message = "must be between 1 and 100")
                    int size,
            @Parameter(
                            description = "Default: relevance when searching, else newest period first",
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "relevance",
                                                "title",
                                                "-title",
                                                "firstYear",
                                                "-firstYear",
                                                "updatedAt",
                                                "-updatedAt"
                                            }))
                    @QueryParam("sort")
                    @DefaultValue("relevance")
                    @Pattern(
                            regexp = "relevance|-?(title|firstYear|updatedAt)",
                            message = "must be relevance, title, firstYear or updatedAt, optionally prefixed by -")
                    String sort) {
        var filter = new AgreementRepository.Filter(
                q,
                kind == null ? null : AgreementKind.valueOf(kind),
                county,
                status == null ? null : AgreementStatus.valueOf(status),
                year,
                organisation == null ? null : UUID.fromString(organisation),
                targetGroup == null ? null : TargetGroup.valueOf(targetGroup));
        return service.list(filter, sortOrder(sort), page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an agreement as a document: fields, parties, goal areas, responsibilities, priorities")
    @APIResponse(
            responseCode = "200",
            description = "The agreement; its version is the ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public Response getAgreement(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AgreementDto agreement = service.get(id);
        if (user.isAuthenticated()) {
            return ok(agreement).toResponse();
        }
        // The public sees only adopted, expired and superseded documents, the same for everyone: a content ETag lets
        // clients and shared caches revalidate (304) instead of downloading the document again.
        try {
            byte[] body = json.writeValueAsBytes(agreement);
            return PublicReads.respond(
                    body, MediaType.APPLICATION_JSON, PublicReads.contentTag(body), ifNoneMatch, true);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Create an agreement as a draft",
            description = "Admins anywhere; a coordinator in their own county")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AgreementDto> createAgreement(
            @NotNull(message = "a JSON body is required") @Valid AgreementInput input, UriInfo uriInfo) {
        AgreementDto created = service.create(input);
        return EntityTags.created(
                uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build(), created, created.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Replace an agreement's own fields",
            description = "Drafts and consultation versions only; needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AgreementDto> updateAgreement(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the version the change is based on")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AgreementInput input) {
        return ok(service.update(id, ifMatch, input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Delete a draft",
            description = "An agreement that was ever adopted is never deleted; needs If-Match")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAgreement(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag that was read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Move an agreement through its lifecycle",
            description =
                    "DRAFT → CONSULTATION → ADOPTED (≥ 2 parties, ≥ 1 goal area; a revision supersedes its predecessor); "
                            + "ADOPTED → EXPIRED after the period. Illegal steps are 409 problems naming the rule. Needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The agreement in its new status",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<AgreementDto> changeAgreementStatus(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the agreement") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StatusChangeInput input) {
        return ok(service.changeStatus(id, ifMatch, input));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every change of the agreement and its parts, newest first")
    public List<HistoryEntryDto> getAgreementHistory(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(
            summary = "Compare with another agreement of the same revision chain",
            description =
                    "Changed fields, goal areas, strategies, parties and focus; older → newer whichever id is given first")
    @APIResponse(
            responseCode = "200",
            description = "The differences",
            content = @Content(schema = @Schema(implementation = AgreementComparison.ComparisonDto.class)))
    public AgreementComparison.ComparisonDto compareAgreements(
            @PathParam("id") UUID id,
            @Parameter(description = "The other agreement (id)", required = true, schema = @Schema(format = "uuid"))
                    @QueryParam("with")
                    @NotNull(message = "must be given")
                    @Pattern(regexp = UUID_PATTERN, message = "must be an agreement id (UUID)")
                    String with) {
        return service.compare(id, UUID.fromString(with));
    }

    private static RestResponse<AgreementDto> ok(AgreementDto agreement) {
        return EntityTags.ok(agreement, agreement.version());
    }

    private static AgreementRepository.SortOrder sortOrder(String sort) {
        return switch (sort) {
            case "title" -> AgreementRepository.SortOrder.TITLE;
            case "-title" -> AgreementRepository.SortOrder.TITLE_DESC;
            case "firstYear" -> AgreementRepository.SortOrder.FIRST_YEAR;
            case "-firstYear" -> AgreementRepository.SortOrder.FIRST_YEAR_DESC;
            case "updatedAt" -> AgreementRepository.SortOrder.UPDATED;
            case "-updatedAt" -> AgreementRepository.SortOrder.UPDATED_DESC;
            default -> AgreementRepository.SortOrder.RELEVANCE;
        };
    }
}
