package se.samverkan.reference;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Counties and municipalities with official codes")
public class ReferenceDataResource {

    @Inject
    ReferenceDataService service;

    @GET
    @Path("/counties")
    @Operation(summary = "List the 21 counties")
    public List<CountyDto> listCounties() {
        return service.listCounties();
    }

    @GET
    @Path("/municipalities")
    @Operation(summary = "List municipalities, optionally of one county")
    public List<MunicipalityDto> listMunicipalities(
            @Parameter(description = "County code, e.g. 19")
                    @QueryParam("county")
                    @Pattern(regexp = "[0-9]{2}", message = "{validation.must-be-a-two-digit-county-code}")
                    String county) {
        return service.listMunicipalities(county);
    }
}
