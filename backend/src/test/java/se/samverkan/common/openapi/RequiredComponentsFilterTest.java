package se.samverkan.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/**
 * A DTO record's components are required in its schema unless marked {@link Optional}. (The records here carry no
 * {@code @Schema}, so the served document does not list them.)
 */
class RequiredComponentsFilterTest {

    record Sample(UUID id, @Optional String note, Instant at, @Optional Instant seenAt) {}

    static final class Narrow {
        record Shared(UUID id, @Optional String number) {}
    }

    static final class Wide {
        record Shared(UUID id, UUID agreementId, @Optional String number) {}
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static OpenAPI filtered(Class<?>... records) throws IOException {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema(
                                "Sample",
                                OASFactory.createSchema()
                                        .addProperty("id", ref("UUID"))
                                        .addProperty("note", string())
                                        .addProperty("at", ref("Instant"))
                                        .addProperty("seenAt", ref("Instant")))
                        .addSchema(
                                "Shared",
                                OASFactory.createSchema()
                                        .addProperty("id", ref("UUID"))
                                        .addProperty("number", string()))
                        .addSchema(
                                "Shared1",
                                OASFactory.createSchema()
                                        .addProperty("id", ref("UUID"))
                                        .addProperty("agreementId", ref("UUID"))
                                        .addProperty("number", string())));
        new RequiredComponentsFilter(Index.of(records)).filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void everyComponentButTheOptionalOnesIsRequiredInPropertyOrder() throws IOException {
        Schema sample = filtered(Sample.class).getComponents().getSchemas().get("Sample");
        assertEquals(List.of("id", "at"), sample.getRequired());
        assertEquals(
                List.of(Schema.SchemaType.STRING),
                sample.getProperties().get("at").getType());
        assertNull(sample.getProperties().get("seenAt").getType(), "an optional instant is a bare reference");
        assertNull(sample.getProperties().get("id").getType());
    }

    @Test
    void twoRecordsSharingASchemaNameEachGetTheirOwn() throws IOException {
        var schemas =
                filtered(Narrow.Shared.class, Wide.Shared.class).getComponents().getSchemas();
        assertEquals(List.of("id"), schemas.get("Shared").getRequired());
        assertEquals(List.of("id", "agreementId"), schemas.get("Shared1").getRequired());
    }
}
