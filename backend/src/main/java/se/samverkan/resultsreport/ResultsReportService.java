package se.samverkan.resultsreport;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.samverkan.common.http.CountyYearQuery;
import se.samverkan.common.persistence.ReadOnly;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.provenance.ProvenanceDto;
import se.samverkan.common.time.Clocks;
import se.samverkan.history.AuditedChanges;
import se.samverkan.history.AuditedChanges.Audit;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.history.HistoryEntryDto;
import se.samverkan.reference.County;
import se.samverkan.reference.CountyRepository;
import se.samverkan.resultsreport.ResultsReportDtos.PartDto;
import se.samverkan.resultsreport.ResultsReportDtos.Permissions;
import se.samverkan.resultsreport.ResultsReportDtos.ResultsReportDto;
import se.samverkan.resultsreport.ResultsReportDtos.ResultsReportListItem;
import se.samverkan.resultsreport.ResultsReportInputs.CreateInput;
import se.samverkan.resultsreport.ResultsReportInputs.PartInput;
import se.samverkan.resultsreport.ResultsReportInputs.PartsInput;

/** A county's results reports: drafting, writing the parts, approving, the history. */
@ApplicationScoped
public class ResultsReportService {

    public static final String RESULTS_REPORT = "RESULTS_REPORT";

    static final Audit<ResultsReport> AUDIT = new Audit<>(
            r -> new ChangeRecorder.Subject(RESULTS_REPORT, r.id, RESULTS_REPORT, r.id),
            ResultsReportService::snapshot);

    @Inject
    ResultsReportRepository reports;

    @Inject
    CountyRepository counties;

    @Inject
    ResultsReportPolicy policy;

    @Inject
    AuditedChanges changes;

    @Inject
    ChangeRecorder history;

    @Inject
    Clock clock;

    // ---- reads ----------------------------------------------------------------------------------

    @ReadOnly
    @Transactional
    public List<ResultsReportListItem> list(CountyYearQuery query) {
        counties.requireKnown(query.county(), "county");
        return reports.search(query, policy.visibility()).stream()
                .map(r -> new ResultsReportListItem(
                        r.id(), r.countyCode(), r.countyName(), r.year(), r.status(), r.approvedAt(), r.updatedAt()))
                .toList();
    }

    @ReadOnly
    @Transactional
    public ResultsReportDto get(UUID id) {
        return dto(findReadable(id));
    }

    @ReadOnly
    @Transactional
    public List<HistoryEntryDto> history(UUID id) {
        ResultsReport report = find(id);
        policy.assertCanReadHistory(report);
        return history.history(RESULTS_REPORT, id);
    }

    // ---- writes ---------------------------------------------------------------------------------

    @Transactional
    public ResultsReportDto create(CreateInput input) {
        County county = counties.require(input.countyCode(), "countyCode");
        policy.assertCanCreate(county.code);
        if (reports.exists(county.code, input.year())) {
            throw ProblemException.ruleViolation(
                    "one-results-report-per-year",
                    text("resultsreport.one-per-year", county.name, input.year()),
                    "year",
                    text("resultsreport.county-has-one-for-year"));
        }
        ResultsReport report = new ResultsReport();
        report.id = UUID.randomUUID();
        report.county = county;
        report.year = input.year();
        report.status = ResultsReportStatus.DRAFT;
        changes.create(AUDIT, report, "Drafted the results report " + report.year);
        return dto(report);
    }

    /** Replaces the parts sent; the others stay. Blank texts are stored as empty, and an empty part is not kept. */
    @Transactional
    public ResultsReportDto updateParts(UUID id, String ifMatch, PartsInput input) {
        ResultsReport report = findReadable(id);
        policy.assertCanWrite(report);
        FieldViolations violations = new FieldViolations();
        Set<Assignment> seen = EnumSet.noneOf(Assignment.class);
        for (int i = 0; i < input.parts().size(); i++) {
            if (!seen.add(input.parts().get(i).assignment())) {
                violations.add("parts[" + i + "].assignment", text("resultsreport.assignment-twice"));
            }
        }
        violations.throwIfAny();
        changes.update(
                AUDIT,
                report,
                ifMatch,
                r -> ResultsReportStatus.LIFECYCLE.check(r, ResultsReportStatus.Action.EDIT),
                r -> input.parts().forEach(part -> replace(r, part)),
                r -> "Wrote " + input.parts().size() + " part(s) of the results report " + r.year);
        return dto(report);
    }

    @Transactional
    public ResultsReportDto approve(UUID id, String ifMatch) {
        ResultsReport report = findReadable(id);
        policy.assertCanWrite(report);
        changes.changeStatus(
                AUDIT.showing(r -> status(r)),
                report,
                ifMatch,
                r -> {
                    r.status = ResultsReportStatus.LIFECYCLE.next(r, ResultsReportStatus.Action.APPROVE);
                    r.approvedAt = Clocks.now(clock);
                    r.approvedBy = history.caller().name();
                },
                r -> "Approved the results report " + r.year);
        return dto(report);
    }

    // ---- helpers --------------------------------------------------------------------------------

    ResultsReport find(UUID id) {
        return reports.findWithCounty(id)
                .orElseThrow(() -> ProblemException.notFound(text("resultsreport.not-found", id)));
    }

    ResultsReport findReadable(UUID id) {
        ResultsReport report = find(id);
        policy.assertCanRead(report);
        return report;
    }

    /** The element is replaced, not changed in place, so that the collection is seen as changed. */
    private static void replace(ResultsReport report, PartInput input) {
        report.parts.removeIf(p -> p.assignment == input.assignment());
        ResultsReportPart part = new ResultsReportPart();
        part.assignment = input.assignment();
        part.assessment = blankToNull(input.assessment());
        part.successFactors = blankToNull(input.successFactors());
        part.areasToDevelop = blankToNull(input.areasToDevelop());
        if (part.assessment != null || part.successFactors != null || part.areasToDevelop != null) {
            report.parts.add(part);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> status(ResultsReport r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", r.status.name());
        if (r.approvedBy != null) {
            fields.put("approvedBy", r.approvedBy);
        }
        return fields;
    }

    static Map<String, String> snapshot(ResultsReport r) {
        Map<String, String> fields = status(r);
        fields.put("countyCode", r.countyCode());
        fields.put("year", Integer.toString(r.year));
        for (Assignment assignment : Assignment.values()) {
            r.part(assignment).ifPresent(part -> {
                put(fields, assignment + ".assessment", part.assessment);
                put(fields, assignment + ".successFactors", part.successFactors);
                put(fields, assignment + ".areasToDevelop", part.areasToDevelop);
            });
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }

    static List<PartDto> parts(ResultsReport r) {
        List<PartDto> parts = new ArrayList<>();
        for (Assignment assignment : Assignment.values()) {
            parts.add(r.part(assignment)
                    .map(p -> new PartDto(assignment, p.assessment, p.successFactors, p.areasToDevelop))
                    .orElse(new PartDto(assignment, null, null, null)));
        }
        return parts;
    }

    ResultsReportDto dto(ResultsReport r) {
        boolean write = policy.canWrite(r);
        Permissions permissions = new Permissions(
                write && ResultsReportStatus.LIFECYCLE.allows(r, ResultsReportStatus.Action.EDIT),
                write && ResultsReportStatus.LIFECYCLE.allows(r, ResultsReportStatus.Action.APPROVE),
                policy.canReadHistory(r));
        return new ResultsReportDto(
                r.id,
                r.countyCode(),
                r.county.name,
                r.year,
                r.status,
                r.approvedAt,
                r.approvedBy,
                parts(r),
                permissions,
                ProvenanceDto.of(r.provenance),
                r.updatedAt,
                r.updatedBy,
                r.version);
    }
}
