package se.samverkan.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;

/**
 * The one rule for what a DTO's schema requires: every component of a record of ours is required unless it is
 * declared {@link Optional}, so no component repeats {@code @Schema(required = true)}. The required list keeps the
 * order of the schema's properties. Where two records share a schema name (SmallRye numbers the second, {@code
 * GoalAreaReference1}), the record whose components are the schema's properties is the one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredComponentsFilter implements OASFilter {

    private static final String PACKAGE = "se.samverkan.";
    private static final DotName OPTIONAL = DotName.createSimple(Optional.class);
    private static final DotName SCHEMA =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);

    private static final Set<String> STRING_REFERENCES = Set.of("Instant", "LocalDate", "LocalTime");

    private final IndexView index;

    public RequiredComponentsFilter(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, List<ClassInfo>> records = recordsBySchemaName();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            List<ClassInfo> candidates = records.getOrDefault(name, records.get(name.replaceAll("\\d+$", "")));
            if (candidates == null) {
                return;
            }
            List<ClassInfo> matching = candidates.size() == 1
                    ? candidates
                    : candidates.stream()
                            .filter(record -> propertyNames(record)
                                    .equals(schema.getProperties().keySet()))
                            .toList();
            if (matching.size() == 1) {
                require(schema, matching.get(0));
            }
        });
    }

    /** Records of ours by the name of their schema (the index may list a class more than once). */
    private Map<String, List<ClassInfo>> recordsBySchemaName() {
        Map<DotName, ClassInfo> ours = new LinkedHashMap<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (type.isRecord() && type.name().toString().startsWith(PACKAGE)) {
                ours.putIfAbsent(type.name(), type);
            }
        }
        return ours.values().stream()
                .collect(Collectors.groupingBy(type -> schemaName(type.declaredAnnotation(SCHEMA), type.simpleName())));
    }

    private static Set<String> propertyNames(ClassInfo record) {
        return record.recordComponents().stream()
                .map(component -> propertyName(record, component))
                .collect(Collectors.toSet());
    }

    private static void require(Schema schema, ClassInfo record) {
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponentInfo component : record.recordComponents()) {
            if (!component.hasAnnotation(OPTIONAL)) {
                String name = propertyName(record, component);
                required.add(name);
                statesStringType(schema.getProperties().get(name));
            }
        }
        List<String> ordered = schema.getProperties().keySet().stream()
                .filter(required::contains)
                .toList();
        schema.setRequired(ordered.isEmpty() ? null : new ArrayList<>(ordered));
    }

    /**
     * A required date, time or instant has always said {@code type: string} beside its reference (SmallRye writes it
     * for such a component that carries {@code @Schema}); the document keeps saying so.
     */
    private static void statesStringType(Schema property) {
        if (property != null
                && property.getType() == null
                && property.getRef() != null
                && STRING_REFERENCES.contains(
                        property.getRef().substring(property.getRef().lastIndexOf('/') + 1))) {
            property.addType(Schema.SchemaType.STRING);
        }
    }

    private static String propertyName(ClassInfo record, RecordComponentInfo component) {
        return schemaName(record.field(component.name()).annotation(SCHEMA), component.name());
    }

    private static String schemaName(AnnotationInstance schema, String fallback) {
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null || name.asString().isBlank() ? fallback : name.asString();
    }
}
