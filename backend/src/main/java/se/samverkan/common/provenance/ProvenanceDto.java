package se.samverkan.common.provenance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.openapi.Optional;

/** Where the values of a record come from; absent on records entered in the system. */
@Schema(
        name = "Provenance",
        description = "Where a record's values come from: the source document and section, or "
                + "which values are inferred or sample data. Absent on records entered in the system.")
public record ProvenanceDto(
        ProvenanceKind kind,
        @Optional @Schema(description = "Source document and section") String source,
        @Optional @Schema(description = "What is inferred or not in the source, and why") String note,
        @Schema(description = "Fields whose values are inferred; empty when the whole record is")
                List<String> inferred) {

    public static ProvenanceDto of(Provenance provenance) {
        if (provenance == null || provenance.kind == null) {
            return null;
        }
        return new ProvenanceDto(
                provenance.kind,
                provenance.source,
                provenance.note,
                provenance.inferred == null ? List.of() : List.of(provenance.inferred));
    }
}
