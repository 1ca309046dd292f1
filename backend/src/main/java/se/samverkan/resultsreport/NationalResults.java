package se.samverkan.resultsreport;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.common.provenance.Provenance;

/**
 * The national summary of a year's results reports as it was published (e.g. Länsstyrelserna's "Så gick arbetet med
 * integration under 2021"): read-only in the product, loaded from its document with provenance.
 */
@Entity
public class NationalResults {

    @Id
    public int year;

    public String title;

    public String introduction;

    @ElementCollection
    @CollectionTable(name = "national_results_part", joinColumns = @JoinColumn(name = "year"))
    public List<NationalResultsPart> parts = new ArrayList<>();

    @Embedded
    public Provenance provenance;
}
