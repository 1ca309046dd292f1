package se.samverkan.common.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.samverkan.common.problem.Problem;

/** Registers the Problem schema once; {@link ProblemResponsesFilter} refers to it from every operation. */
@OpenAPIDefinition(
        info = @Info(title = "Samverkan API", version = "1.0.0"),
        components =
                @Components(
                        responses =
                                @APIResponse(
                                        name = "Problem",
                                        description = "RFC 9457 problem details",
                                        content =
                                                @Content(
                                                        mediaType = Problem.MEDIA_TYPE,
                                                        schema = @Schema(implementation = Problem.class)))))
public final class OpenApiDefinition {

    private OpenApiDefinition() {}
}
