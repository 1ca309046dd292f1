package se.samverkan.overview;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.samverkan.overview.OverviewDtos.MyTasksDto;

/** The caller's own work: the start page after login and "Mina uppgifter". */
@Path("/api/v1/me/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "The caller's own tasks")
public class OverviewResource {

    @Inject
    OverviewService service;

    @GET
    @Authenticated
    @Operation(
            summary = "The caller's tasks",
            description = "Members and service accounts: every task of their organisation and its sub-units (follow-up"
                    + " assessments, owned action items, status-report contributions, survey answers, funding"
                    + " applications and accounts, owned action-plan activities). Coordinators: what waits for"
                    + " them in the counties and federation municipalities they manage (assessments to review, open"
                    + " rounds with organisations that have not submitted, overdue contributions and action items,"
                    + " meetings coming up and past meetings without published minutes). Open before done, each by"
                    + " deadline; at most " + OverviewService.LIMIT + " rows per kind")
    public MyTasksDto listMyTasks(@Valid @BeanParam TaskQuery query) {
        return service.tasks(query);
    }
}
