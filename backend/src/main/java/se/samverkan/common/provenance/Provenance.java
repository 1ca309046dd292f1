package se.samverkan.common.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/**
 * Where a record of the demo data comes from: the source document and section, or that it is inferred or sample
 * data. Null on records entered through the API (Hibernate reads an embeddable with all columns null as null).
 */
@Embeddable
public class Provenance {

    @Enumerated(EnumType.STRING)
    @Column(name = "provenance_kind")
    public ProvenanceKind kind;

    /** The document and section, e.g. "vastmanland-rok-2016-2020.txt, 3.2 Hälsa". */
    @Column(name = "provenance_source")
    public String source;

    /** What is inferred or missing in the source, and why. */
    @Column(name = "provenance_note")
    public String note;

    /** The API names of the fields whose values are inferred; empty when the whole record is. */
    @Column(name = "provenance_inferred")
    public String[] inferred;

    public Provenance() {}

    public Provenance(ProvenanceKind kind, String source, String note, List<String> inferred) {
        this.kind = kind;
        this.source = source;
        this.note = note;
        this.inferred = inferred == null ? new String[0] : inferred.toArray(String[]::new);
    }
}
