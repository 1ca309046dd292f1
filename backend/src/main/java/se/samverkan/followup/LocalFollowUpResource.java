package se.samverkan.followup;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.followup.LocalFollowUpDtos.LocalFollowUpArea;

/** A regional agreement's follow-up seen from its local agreements (issue 10). */
@Path("/api/v1/agreements/{agreementId}/local-follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up")
public class LocalFollowUpResource {

    @Inject
    LocalFollowUpService service;

    @GET
    @Operation(
            summary = "The local agreements' follow-up per goal area of this agreement",
            description = "Per goal area of the agreement (a RÖK), in document order: the goal areas of local "
                    + "agreements (LÖK) that answer to it, among the LÖKs the caller may read, each with its newest "
                    + "round the caller may see (approved or recorded for everyone; any for the LÖK's managers and "
                    + "national readers) and that round's assessments of the area")
    public List<LocalFollowUpArea> listLocalFollowUp(@PathParam("agreementId") UUID agreementId) {
        return service.ofRegional(agreementId);
    }
}
