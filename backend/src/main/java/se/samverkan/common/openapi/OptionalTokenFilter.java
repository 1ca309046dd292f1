package se.samverkan.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * An operation open to anonymous callers still reads a token when one is sent: {@code /me} says who the caller is,
 * and a public read shows a signed-in caller what their roles let them see (drafts, internal minutes). Such an
 * operation declares its token optional, {@code security: [{}, {bearer: []}]}, so that Swagger UI's "Authorize"
 * sends the token with it too; without a declaration the UI would call it anonymously. Operations that require a
 * role keep the bearer requirement Quarkus adds.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OptionalTokenFilter implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.setSecurity(List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme(SCHEME)));
                }
            }
        }
    }
}
