package se.samverkan.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents optimistic locking once for every operation (see EntityTags): a 200 or 201 whose body is a versioned
 * resource (a schema with a {@code version}) sends that version as the ETag, and every If-Match parameter means the
 * same thing. {@link ProblemResponsesFilter} adds the 412 and 428 that go with If-Match. An operation that declares
 * its own ETag header or If-Match description (the follow-up report, a contribution) keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EntityTagsFilter implements OASFilter {

    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";
    static final String IF_MATCH_DESCRIPTION =
            "The ETag that was read: the change applies only to that version (428 without it, 412 when stale)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                documentIfMatch(operation);
                documentEntityTag(operation, schemas);
            }
        }
    }

    private static void documentIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (IF_MATCH.equalsIgnoreCase(parameter.getName()) && parameter.getDescription() == null) {
                parameter.setDescription(IF_MATCH_DESCRIPTION);
            }
        }
    }

    private static void documentEntityTag(Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() == null) {
            return;
        }
        for (String status : new String[] {"200", "201"}) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null
                    || response.getContent() == null
                    || response.getContent().getMediaTypes() == null
                    || (response.getHeaders() != null && response.getHeaders().containsKey(ETAG))) {
                continue;
            }
            boolean versioned = response.getContent().getMediaTypes().values().stream()
                    .map(MediaType::getSchema)
                    .anyMatch(schema -> isVersioned(schema, schemas));
            if (versioned) {
                response.addHeader(
                        ETAG,
                        OASFactory.createHeader()
                                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }
    }

    private static boolean isVersioned(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getRef() == null) {
            return false;
        }
        Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        return target != null
                && target.getProperties() != null
                && target.getProperties().containsKey("version");
    }
}
