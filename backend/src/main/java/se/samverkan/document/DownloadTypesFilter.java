package se.samverkan.document;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The download is served with the type its content was recognised as, so its 200 lists exactly the accepted types of
 * {@link ContentInspector#ALLOWED}, the one list upload and download share.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DownloadTypesFilter implements OASFilter {

    static final String OPERATION = "downloadDocument";

    @Override
    public Operation filterOperation(Operation operation) {
        if (!OPERATION.equals(operation.getOperationId()) || operation.getResponses() == null) {
            return operation;
        }
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            Content content = OASFactory.createContent();
            ContentInspector.ALLOWED
                    .keySet()
                    .forEach(type -> content.addMediaType(
                            type,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .format("binary"))));
            ok.setContent(content);
        }
        return operation;
    }
}
