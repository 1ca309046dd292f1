package se.samverkan.resultsreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.provenance.ProvenanceDto;

/** What the results report operations answer. */
public final class ResultsReportDtos {

    private ResultsReportDtos() {}

    @Schema(name = "ResultsReportListItem")
    public record ResultsReportListItem(
            @Schema(required = true) UUID id,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) int year,
            @Schema(required = true) ResultsReportStatus status,
            Instant approvedAt,
            @Schema(required = true) Instant updatedAt) {}

    @Schema(name = "ResultsReportPart", description = "The county's part on one assignment; empty texts are absent")
    public record PartDto(
            @Schema(required = true) Assignment assignment,
            @Schema(description = "The county's assessment of the results") String assessment,
            @Schema(description = "Framgångsfaktorer") String successFactors,
            @Schema(description = "Utvecklingsområden") String areasToDevelop) {}

    @Schema(name = "ResultsReportPermissions", description = "What the caller may do with the report now")
    public record Permissions(
            @Schema(required = true) boolean edit,
            @Schema(required = true) boolean approve,
            @Schema(required = true) boolean readHistory) {}

    @Schema(name = "ResultsReport")
    public record ResultsReportDto(
            @Schema(required = true) UUID id,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) int year,
            @Schema(required = true) ResultsReportStatus status,
            Instant approvedAt,
            String approvedBy,
            @Schema(required = true, description = "One per assignment, in the assignments' order") List<PartDto> parts,
            @Schema(required = true) Permissions permissions,
            ProvenanceDto provenance,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            @Schema(required = true) long version)
            implements Versioned {}

    @Schema(name = "NationalResultsCounty", description = "A county's approved part on the assignment")
    public record CountyPart(
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) UUID reportId,
            String assessment,
            String successFactors,
            String areasToDevelop) {}

    @Schema(name = "NationalResultsAssignment")
    public record AssignmentCompilation(
            @Schema(required = true) Assignment assignment,
            @Schema(description = "The national summary of the assignment, where one is held") String nationalSummary,
            ProvenanceDto nationalSummaryProvenance,
            @Schema(required = true, description = "The counties whose approved report has a part on it, by code")
                    List<CountyPart> counties) {}

    @Schema(name = "NationalResultsReport", description = "A county and whether its report of the year is approved")
    public record ReportedCounty(
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(description = "The approved report; absent when the county has none approved") UUID reportId,
            Instant approvedAt) {}

    @Schema(name = "NationalResults", description = "The national compilation of a year's results reports")
    public record NationalResultsDto(
            @Schema(required = true) int year,
            @Schema(description = "The national summary's title, where one is held") String title,
            @Schema(description = "The national summary's introduction, where one is held") String introduction,
            ProvenanceDto provenance,
            @Schema(required = true, description = "Every county, by code") List<ReportedCounty> counties,
            @Schema(required = true, description = "Every assignment, in order")
                    List<AssignmentCompilation> assignments) {}
}
