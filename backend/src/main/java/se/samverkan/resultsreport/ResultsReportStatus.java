package se.samverkan.resultsreport;

import static se.samverkan.common.problem.Text.text;

import java.util.EnumSet;
import se.samverkan.common.lifecycle.Lifecycle;
import se.samverkan.common.lifecycle.Lifecycle.Refusal;

/**
 * DRAFT → APPROVED. The county writes its parts while the report is a draft; approving it is the county's decision to
 * submit it to the ministry, so an approved report is what was submitted and is not reopened (a correction is a
 * matter for the ministry, outside the product).
 */
public enum ResultsReportStatus {
    DRAFT,
    APPROVED;

    public enum Action {
        /** Write the parts. */
        EDIT,
        APPROVE
    }

    public static final Lifecycle<ResultsReportStatus, Action, ResultsReport> LIFECYCLE = Lifecycle.of(
                    ResultsReportStatus.class, Action.class, (ResultsReport r) -> r.status)
            .action(
                    Action.EDIT,
                    EnumSet.of(DRAFT),
                    (s, report) -> new Refusal("results-report-approved", text("resultsreport.approved-unchanged")))
            .step(
                    Action.APPROVE,
                    EnumSet.of(DRAFT),
                    APPROVED,
                    (s, report) -> new Refusal("status-unchanged", text("resultsreport.already-approved")))
            .build();
}
