package se.samverkan.resultsreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.ProblemException;

/** The lifecycle, declared once: a draft is written and approved; an approved report is what was submitted. */
class ResultsReportStatusTest {

    private static ResultsReport in(ResultsReportStatus status) {
        ResultsReport report = new ResultsReport();
        report.status = status;
        return report;
    }

    @Test
    void aDraftIsWrittenAndApproved() {
        ResultsReport draft = in(ResultsReportStatus.DRAFT);
        assertEquals(
                List.of(ResultsReportStatus.Action.EDIT, ResultsReportStatus.Action.APPROVE),
                ResultsReportStatus.LIFECYCLE.allowedIn(ResultsReportStatus.DRAFT));
        assertEquals(
                ResultsReportStatus.APPROVED,
                ResultsReportStatus.LIFECYCLE.next(draft, ResultsReportStatus.Action.APPROVE));
    }

    @Test
    void anApprovedReportIsNeitherEditedNorApprovedAgain() {
        ResultsReport approved = in(ResultsReportStatus.APPROVED);
        assertTrue(ResultsReportStatus.LIFECYCLE
                .allowedIn(ResultsReportStatus.APPROVED)
                .isEmpty());
        assertFalse(ResultsReportStatus.LIFECYCLE.allows(approved, ResultsReportStatus.Action.EDIT));
        ProblemException edit = assertThrows(
                ProblemException.class,
                () -> ResultsReportStatus.LIFECYCLE.check(approved, ResultsReportStatus.Action.EDIT));
        assertEquals("results-report-approved", edit.rule());
        ProblemException again = assertThrows(
                ProblemException.class,
                () -> ResultsReportStatus.LIFECYCLE.next(approved, ResultsReportStatus.Action.APPROVE));
        assertEquals("status-unchanged", again.rule());
    }

    @Test
    void theSnapshotNamesEveryWrittenPartAndTheDtoListsEveryAssignmentInOrder() {
        ResultsReport report = in(ResultsReportStatus.DRAFT);
        report.county = new se.samverkan.reference.County();
        report.county.code = "19";
        report.year = 2022;
        ResultsReportPart part = new ResultsReportPart();
        part.assignment = Assignment.CIVIC_ORIENTATION;
        part.assessment = "God förmåga";
        report.parts.add(part);
        assertEquals("God förmåga", ResultsReportService.snapshot(report).get("CIVIC_ORIENTATION.assessment"));
        var parts = ResultsReportService.parts(report);
        assertEquals(Assignment.values().length, parts.size());
        assertEquals(
                "God förmåga", parts.get(Assignment.CIVIC_ORIENTATION.ordinal()).assessment());
        assertEquals(null, parts.get(0).assessment());
        assertEquals(null, ResultsReportService.blankToNull("  "));
    }
}
