package se.samverkan.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.overview.CommitmentDtos.CommitmentsDto;

/** An organisation's commitments: read across agreements and forums, so it lives here rather than in organisation. */
@Path("/api/v1/organisations/{id}/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class CommitmentResource {

    @Inject
    CommitmentService service;

    @GET
    @Operation(
            summary = "What the organisation is committed to",
            description = "Agreements it is party to and its responsibilities per goal area and level (only agreements"
                    + " the caller may read: adopted, expired and superseded for everyone, drafts as the agreement"
                    + " rules allow), the forums it is a member of or convenes, and its open action items the caller"
                    + " may read (by the forum rules). Public. At most " + CommitmentService.LIMIT + " rows per list")
    public CommitmentsDto getOrganisationCommitments(@PathParam("id") UUID id) {
        return service.commitments(id);
    }
}
