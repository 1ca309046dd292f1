package se.samverkan.resultsreport;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import se.samverkan.common.provenance.Provenance;

/** The national summary of one assignment, as the compilation published it. */
@Embeddable
public class NationalResultsPart {

    @Enumerated(EnumType.STRING)
    public Assignment assignment;

    public String summary;

    @Embedded
    public Provenance provenance;
}
