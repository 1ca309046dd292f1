package se.samverkan.resultsreport;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The county's part on one assignment: its assessment, the success factors and the areas to develop. */
@Embeddable
public class ResultsReportPart {

    @Enumerated(EnumType.STRING)
    public Assignment assignment;

    public String assessment;

    public String successFactors;

    public String areasToDevelop;
}
