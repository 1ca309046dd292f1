package se.samverkan.common.provenance;

/** Where a record's values come from. */
public enum ProvenanceKind {
    /** As the source document says it. */
    SOURCE,
    /** Some values are not in the source but inferred (which ones: {@link Provenance#inferred}). */
    INFERRED,
    /** Made-up sample data for demonstration. */
    SAMPLE
}
