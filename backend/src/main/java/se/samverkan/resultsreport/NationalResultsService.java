package se.samverkan.resultsreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.samverkan.common.csv.Column;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;
import se.samverkan.resultsreport.ResultsReportDtos.AssignmentCompilation;
import se.samverkan.resultsreport.ResultsReportDtos.CountyPart;
import se.samverkan.resultsreport.ResultsReportDtos.NationalResultsDto;
import se.samverkan.resultsreport.ResultsReportDtos.ReportedCounty;
import se.samverkan.resultsreport.ResultsReportRepository.ApprovedPart;
import se.samverkan.resultsreport.ResultsReportRepository.Row;

/**
 * The national compilation of a year: per assignment the national summary (where one is held) and the counties'
 * approved parts side by side; public, since only approved reports go into it. Its statements do not grow with the
 * number of counties or parts (four reads).
 */
@ApplicationScoped
public class NationalResultsService {

    /** The assignment's code is for machines; people read its Swedish label in the next column. */
    static final List<Column> CSV_COLUMNS = List.of(
            Column.of("year", "År"),
            Column.machineOnly("assignment"),
            Column.of("assignment_label", "Uppdrag"),
            Column.of("county_code", "Länskod"),
            Column.of("county", "Län"),
            Column.of("national_summary", "Nationell sammanfattning"),
            Column.of("assessment", "Bedömning"),
            Column.of("success_factors", "Framgångsfaktorer"),
            Column.of("areas_to_develop", "Utvecklingsområden"),
            Column.of("approved_at", "Godkänd"));

    @Inject
    ResultsReportRepository reports;

    @Inject
    NationalResultsRepository national;

    @Inject
    CountyRepository counties;

    @Inject
    Clock clock;

    @ReadOnly
    @Transactional
    public NationalResultsDto compilation(int year) {
        NationalResults summary = national.ofYear(year).orElse(null);
        List<Row> approved = reports.approvedIn(year);
        Map<UUID, Row> byId = new HashMap<>();
        Map<String, Row> byCounty = new HashMap<>();
        approved.forEach(r -> {
            byId.put(r.id(), r);
            byCounty.put(r.countyCode(), r);
        });
        Map<Assignment, List<CountyPart>> parts = new EnumMap<>(Assignment.class);
        for (ApprovedPart part : reports.approvedPartsIn(year)) {
            Row report = byId.get(part.reportId());
            parts.computeIfAbsent(part.assignment(), a -> new ArrayList<>())
                    .add(new CountyPart(
                            report.countyCode(),
                            report.countyName(),
                            report.id(),
                            part.assessment(),
                            part.successFactors(),
                            part.areasToDevelop()));
        }
        List<AssignmentCompilation> assignments = new ArrayList<>();
        for (Assignment assignment : Assignment.values()) {
            NationalResultsPart held = summary == null
                    ? null
                    : summary.parts.stream()
                            .filter(p -> p.assignment == assignment)
                            .findFirst()
                            .orElse(null);
            List<CountyPart> counties = new ArrayList<>(parts.getOrDefault(assignment, List.of()));
            counties.sort((a, b) -> a.countyCode().compareTo(b.countyCode()));
            assignments.add(new AssignmentCompilation(
                    assignment,
                    held == null ? null : held.summary,
                    held == null ? null : ProvenanceDto.of(held.provenance),
                    counties));
        }
        List<ReportedCounty> reported = new ArrayList<>();
        for (County county : this.counties.listByCode()) {
            Row report = byCounty.get(county.code);
            reported.add(new ReportedCounty(
                    county.code,
                    county.name,
                    report == null ? null : report.id(),
                    report == null ? null : report.approvedAt()));
        }
        return new NationalResultsDto(
                year,
                summary == null ? null : summary.title,
                summary == null ? null : summary.introduction,
                summary == null ? null : ProvenanceDto.of(summary.provenance),
                reported,
                assignments);
    }

    /** One row per assignment's national summary (county empty) and per county's part. */
    @ReadOnly
    @Transactional
    public String csv(int year, CsvDialect dialect) {
        NationalResultsDto compilation = compilation(year);
        Map<String, ReportedCounty> byCounty = new HashMap<>();
        compilation.counties().forEach(c -> byCounty.put(c.countyCode(), c));
        CsvTable table = CsvTable.of(dialect, CSV_COLUMNS);
        for (AssignmentCompilation assignment : compilation.assignments()) {
            if (assignment.nationalSummary() != null) {
                table.row(
                        year,
                        assignment.assignment().name(),
                        assignment.assignment().swedish(),
                        null,
                        null,
                        assignment.nationalSummary(),
                        null,
                        null,
                        null,
                        null);
            }
            for (CountyPart part : assignment.counties()) {
                table.row(
                        year,
                        assignment.assignment().name(),
                        assignment.assignment().swedish(),
                        part.countyCode(),
                        part.countyName(),
                        null,
                        part.assessment(),
                        part.successFactors(),
                        part.areasToDevelop(),
                        java.util.Objects.toString(
                                byCounty.get(part.countyCode()).approvedAt(), null));
            }
        }
        return table.toString();
    }

    @ReadOnly
    @Transactional
    public byte[] pdf(int year) {
        return NationalResultsPdf.render(compilation(year), Clocks.today(clock));
    }
}
