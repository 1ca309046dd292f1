package se.samverkan.changes;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.changes.ChangeDtos.ChangePage;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "The change feed for other agencies' systems, in commit order")
public class ChangeResource {

    @Inject
    ChangeService service;

    @GET
    @Operation(
            summary = "Changes after a cursor, in commit order",
            description = "Every committed change (type, id, kind of change, version, time, county) that the caller"
                    + " may read: the public sees changes of public things only. Store `next` and send it as `after`:"
                    + " no change is missed or repeated, also under concurrent writers (positions are drawn at commit,"
                    + " one committing writer at a time).")
    public ChangePage listChanges(@Valid @BeanParam ChangeQuery query) {
        return service.changes(query);
    }
}
