package se.samverkan.overview;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the task list; an unknown kind or state is refused by the parameter guard (400). */
public record TaskQuery(
        @Parameter(description = "Only tasks of this kind") @QueryParam("kind") TaskKind kind,
        @Parameter(description = "Only open or only done tasks") @QueryParam("state") TaskState state) {}
