package se.samverkan.resultsreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import se.samverkan.history.FeedRule;
import se.samverkan.history.FeedVisibility;

/** Who sees the changes of the counties' results reports in the change feed and the webhooks. */
@ApplicationScoped
public class ResultsReportFeedRules {

    /** As visible as the report: a draft to its county's coordinators and the national readers, approved to all. */
    @Produces
    @Singleton
    FeedVisibility resultsReports(ResultsReportRepository repository, ResultsReportPolicy policy) {
        return new FeedRule<>(
                ResultsReportService.RESULTS_REPORT,
                repository,
                e -> e.id,
                policy::canRead,
                c -> c != null && policy.canWrite(c));
    }
}
