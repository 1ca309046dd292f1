package se.samverkan.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import se.samverkan.common.csv.Csv;

/**
 * Documents every CSV export once: an operation that produces {@link Csv#MEDIA_TYPE} and declares no 200 of its own
 * answers 200 with "The CSV file", text, whatever Java type carries it (a String, the bytes of a dialect with a
 * byte-order mark, a Response). An operation that says more about its file declares its 200 and keeps it, and so
 * does one that declares other responses (SmallRye then derives no 200 from the method).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CsvDownloadsFilter implements OASFilter {

    static final String DESCRIPTION = "The CSV file";

    /** What SmallRye writes on the 200 it derives from a method. */
    private static final String DERIVED = "OK";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || !DERIVED.equals(ok.getDescription())) {
            return operation;
        }
        MediaType csv = ok.getContent().getMediaType(Csv.MEDIA_TYPE);
        if (csv != null) {
            ok.setDescription(DESCRIPTION);
            csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return operation;
    }
}
