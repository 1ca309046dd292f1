package se.samverkan.followup.kolada;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import se.samverkan.common.http.EntityTags;
import se.samverkan.common.http.VersionedId;
import se.samverkan.common.security.Roles;
import se.samverkan.followup.kolada.KoladaDtos.KoladaFetchDto;
import se.samverkan.followup.kolada.KoladaDtos.KoladaStatusDto;

@Path("/api/v1/indicators/{id}/kolada")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class KoladaResource {

    @Inject
    KoladaService service;

    @GET
    @Operation(
            summary = "The indicator's Kolada fetching",
            description = "Whether this installation fetches from Kolada (off by default), the KPI, whether the"
                    + " nightly fetch runs, and the latest fetches with their outcome. Readable by whoever reads the"
                    + " indicator")
    public RestResponse<KoladaStatusDto> getIndicatorKolada(@PathParam("id") UUID id) {
        return EntityTags.ok(service.status(id));
    }

    @POST
    @Path("/fetch")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.GRANTEE})
    @Operation(
            summary = "Fetch the indicator's values from Kolada now",
            description = "Kolada's public API v3 is asked for the KPI's figures of the agreement's county (or its"
                    + " municipalities), and they replace the indicator's values: K women, M men, T total (only T"
                    + " without gender breakdown). The fetch is recorded either way; one Kolada did not answer is"
                    + " answered with outcome FAILED and nothing changed. 409 kolada-disabled when this installation"
                    + " does not fetch from Kolada, 409 indicator-not-kolada for an indicator of another source."
                    + " The agreement's managers; needs If-Match of the indicator")
    @APIResponseSchema(
            value = KoladaFetchDto.class,
            responseCode = "200",
            responseDescription = "The fetch's record; the indicator's version after it is the ETag")
    public RestResponse<KoladaFetchDto> fetchIndicatorKolada(@BeanParam VersionedId target) {
        KoladaService.Result result = service.fetchNow(target.id(), target.ifMatch());
        return EntityTags.ok(result.fetch(), result.version());
    }
}
