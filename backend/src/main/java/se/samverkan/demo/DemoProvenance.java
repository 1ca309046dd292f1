package se.samverkan.demo;

import java.util.List;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.common.provenance.ProvenanceKind;

/**
 * Where a demo record comes from: a file in docs/sources and its section, what is inferred (field names as in the API)
 * and why. The fidelity test checks every quoted text against the named file.
 */
record DemoProvenance(ProvenanceKind kind, String source, String section, String note, List<String> inferred) {

    Provenance toEntity() {
        String where = source == null ? null : section == null ? source : source + ", " + section;
        return new Provenance(kind, where, note, inferred);
    }

    static Provenance of(DemoProvenance provenance) {
        return provenance == null ? null : provenance.toEntity();
    }
}
