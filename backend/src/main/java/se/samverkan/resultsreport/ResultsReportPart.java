package se.samverkan.resultsreport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The county's part on one assignment: its assessment, the success factors and the areas to develop. */
@Embeddable
public class ResultsReportPart {

    @Enumerated(EnumType.STRING)
    public Assignment assignment;

    public String assessment;

    @Column(name = "success_factors")
    public String successFactors;

    @Column(name = "areas_to_develop")
    public String areasToDevelop;
}
