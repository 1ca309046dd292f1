package se.samverkan.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.samverkan.history.ChangeRecorder;
import se.samverkan.reference.CountyRepository;
import se.samverkan.resultsreport.Assignment;
import se.samverkan.resultsreport.NationalResults;
import se.samverkan.resultsreport.NationalResultsPart;
import se.samverkan.resultsreport.ResultsReport;
import se.samverkan.resultsreport.ResultsReportService;
import se.samverkan.resultsreport.ResultsReportStatus;

/**
 * The results reports of the seeds (demo/results-reports.json): the national summary of 2021 as that year's national
 * compilation, in the seed's words, and a draft report of Västmanland for the demo (sample data, its parts empty: no
 * county's own report is among the sources).
 */
@ApplicationScoped
class DemoResultsReports {

    private static final Logger LOG = Logger.getLogger(DemoResultsReports.class);

    @Inject
    DemoJson json;

    @Inject
    CountyRepository counties;

    @Inject
    DemoWrites writes;

    @Inject
    EntityManager em;

    record DemoNationalPart(Assignment assignment, String summary, DemoProvenance provenance) {}

    record DemoNational(
            int year, String title, String introduction, DemoProvenance provenance, List<DemoNationalPart> parts) {}

    record DemoReport(String key, String countyCode, int year, DemoProvenance provenance) {}

    record ResultsFile(List<DemoNational> national, List<DemoReport> reports) {}

    static UUID reportId(String key) {
        return UUID.nameUUIDFromBytes(("samverkan:demo:results-report:" + key).getBytes(StandardCharsets.UTF_8));
    }

    void load() {
        ResultsFile file = json.read("demo/results-reports.json", new TypeReference<ResultsFile>() {});
        for (DemoNational demo : file.national()) {
            if (em.find(NationalResults.class, demo.year()) != null) {
                continue;
            }
            NationalResults national = new NationalResults();
            national.year = demo.year();
            national.title = demo.title();
            national.introduction = demo.introduction();
            national.provenance = DemoProvenance.of(demo.provenance());
            for (DemoNationalPart p : demo.parts()) {
                NationalResultsPart part = new NationalResultsPart();
                part.assignment = p.assignment();
                part.summary = p.summary();
                part.provenance = DemoProvenance.of(p.provenance());
                national.parts.add(part);
            }
            em.persist(national);
            LOG.infof("Demo national results %d loaded", demo.year());
        }
        for (DemoReport demo : file.reports()) {
            UUID id = reportId(demo.key());
            if (em.find(ResultsReport.class, id) != null) {
                continue;
            }
            ResultsReport report = new ResultsReport();
            report.id = id;
            report.county = counties.findById(demo.countyCode());
            report.year = demo.year();
            report.status = ResultsReportStatus.DRAFT;
            report.provenance = DemoProvenance.of(demo.provenance());
            writes.persist(report);
            em.flush();
            writes.created(
                    new ChangeRecorder.Subject(
                            ResultsReportService.RESULTS_REPORT, id, ResultsReportService.RESULTS_REPORT, id),
                    "Loaded from the demo data",
                    Map.of("countyCode", demo.countyCode(), "year", Integer.toString(demo.year()), "status", "DRAFT"));
            LOG.infof("Demo results report %s loaded", demo.key());
        }
    }
}
