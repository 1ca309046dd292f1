package se.samverkan.resultsreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.samverkan.common.http.Versioned;
import se.samverkan.common.openapi.Optional;
import se.samverkan.common.provenance.ProvenanceDto;

/** What the results report operations answer. */
public final class ResultsReportDtos {

    private ResultsReportDtos() {}

    @Schema(name = "ResultsReportListItem")
    public record ResultsReportListItem(
            UUID id,
            String countyCode,
            String countyName,
            int year,
            ResultsReportStatus status,
            @Optional Instant approvedAt,
            Instant updatedAt) {}

    @Schema(name = "ResultsReportPart", description = "The county's part on one assignment; empty texts are absent")
    public record PartDto(
            Assignment assignment,
            @Optional @Schema(description = "The county's assessment of the results") String assessment,
            @Optional @Schema(description = "Framgångsfaktorer") String successFactors,
            @Optional @Schema(description = "Utvecklingsområden") String areasToDevelop) {}

    @Schema(name = "ResultsReportPermissions", description = "What the caller may do with the report now")
    public record Permissions(boolean edit, boolean approve, boolean readHistory) {}

    @Schema(name = "ResultsReport")
    public record ResultsReportDto(
            UUID id,
            String countyCode,
            String countyName,
            int year,
            ResultsReportStatus status,
            @Optional Instant approvedAt,
            @Optional String approvedBy,
            @Schema(description = "One per assignment, in the assignments' order") List<PartDto> parts,
            Permissions permissions,
            @Optional ProvenanceDto provenance,
            Instant updatedAt,
            String updatedBy,
            long version)
            implements Versioned {}

    @Schema(name = "NationalResultsCounty", description = "A county's approved part on the assignment")
    public record CountyPart(
            String countyCode,
            String countyName,
            UUID reportId,
            @Optional String assessment,
            @Optional String successFactors,
            @Optional String areasToDevelop) {}

    @Schema(name = "NationalResultsAssignment")
    public record AssignmentCompilation(
            Assignment assignment,
            @Optional @Schema(description = "The national summary of the assignment, where one is held")
                    String nationalSummary,
            @Optional ProvenanceDto nationalSummaryProvenance,
            @Schema(description = "The counties whose approved report has a part on it, by code")
                    List<CountyPart> counties) {}

    @Schema(name = "NationalResultsReport", description = "A county and whether its report of the year is approved")
    public record ReportedCounty(
            String countyCode,
            String countyName,
            @Optional @Schema(description = "The approved report; absent when the county has none approved")
                    UUID reportId,
            @Optional Instant approvedAt) {}

    @Schema(name = "NationalResults", description = "The national compilation of a year's results reports")
    public record NationalResultsDto(
            int year,
            @Optional @Schema(description = "The national summary's title, where one is held") String title,
            @Optional @Schema(description = "The national summary's introduction, where one is held")
                    String introduction,
            @Optional ProvenanceDto provenance,
            @Schema(description = "Every county, by code") List<ReportedCounty> counties,
            @Schema(description = "Every assignment, in order") List<AssignmentCompilation> assignments) {}
}
