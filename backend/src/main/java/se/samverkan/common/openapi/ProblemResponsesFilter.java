package se.samverkan.common.openapi;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import se.samverkan.common.problem.Problem;

/**
 * Documents the problem responses every operation can give, derived from its HTTP method and path,
 * so the spec (and the typed client generated from it) knows the error shape without per-method noise. An
 * operation declares only its particular error responses, and only why ({@code @APIResponse(responseCode = "409",
 * description = "…")}): the problem body is added here.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** What SmallRye and Quarkus write on the error responses they add for validation and security. */
    private static final Set<String> GENERATED_DESCRIPTIONS =
            Set.of("Bad Request", "Unauthorized", "Forbidden", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().removeResponse("Problem");
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasPathParameter);
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasPathParameter) {
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p ->
                                p.getIn() != null && "query".equals(p.getIn().toString()));
        // Steps such as POST …/submit take the ETag too, like every PUT and DELETE.
        boolean takesIfMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        APIResponses responses = operation.getResponses();
        if (hasBody || hasQuery) {
            add(responses, "400", "Invalid input; `errors` names each offending field");
        }
        if (writes) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The caller's role or organisation does not allow this");
        }
        if (hasPathParameter) {
            add(responses, "404", "Not found (or not visible to the caller)");
        }
        if (writes) {
            add(responses, "409", "Conflicts with stored data or breaks a rule");
        }
        if (writes && (method != PathItem.HttpMethod.POST || takesIfMatch)) {
            add(responses, "412", "The If-Match ETag is stale: someone else changed the resource");
            add(responses, "428", "If-Match is missing");
        }
        add(responses, "500", "Unexpected error; the detail holds a reference for support");
        add(
                responses,
                "503",
                "The database is briefly unavailable, or the API is answering as many requests as it takes; retry after the"
                        + " seconds in Retry-After");
        documentDeclaredErrors(responses);
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        // An error response a resource declares says only why (its description); the filter adds the problem body.
        // The content-less 400/401/403 that SmallRye adds for validation and security get the general description.
        boolean declared = existing != null
                && existing.getDescription() != null
                && !GENERATED_DESCRIPTIONS.contains(existing.getDescription());
        APIResponse response = OASFactory.createAPIResponse()
                .description(declared ? existing.getDescription() : description)
                .content(problemContent());
        responses.addAPIResponse(status, response);
    }

    /** The problem body of every error response, also of those only one operation gives (413, 415 …). */
    private static void documentDeclaredErrors(APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
