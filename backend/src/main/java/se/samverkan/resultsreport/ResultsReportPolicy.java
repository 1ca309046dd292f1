package se.samverkan.resultsreport;

import static se.samverkan.common.problem.Text.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.common.security.CurrentUser;
import se.samverkan.grant.CallerGrants;

/**
 * Who sees and writes results reports; the one place for it.
 * <ul>
 * <li>A county's report is drafted, written and approved by the county's coordinators (by token or by grant) and by
 *     administrators.</li>
 * <li>An approved report is public. A draft is seen only by those who write it, the national reader and
 *     administrators; for everyone else it does not exist (404).</li>
 * <li>The national compilation shows approved reports only, to everyone.</li>
 * </ul>
 * What a caller may not see is 404; what they see but may not change is 403.
 */
@ApplicationScoped
public class ResultsReportPolicy {

    @Inject
    CurrentUser user;

    @Inject
    CallerGrants grants;

    /** The list rule: everything, or the counties whose drafts the caller sees. */
    public record Visibility(boolean everything, Set<String> counties) {}

    public Visibility visibility() {
        return new Visibility(
                user.isAdmin() || grants.isNationalReader(),
                user.isAuthenticated() ? grants.coordinatedCounties() : Set.of());
    }

    public boolean canWrite(String countyCode) {
        return user.isAdmin() || grants.coordinatesCounty(countyCode);
    }

    public void assertCanCreate(String countyCode) {
        if (!canWrite(countyCode)) {
            throw ProblemException.forbidden(text("resultsreport.only-county-coordinators", countyCode));
        }
    }

    public boolean canRead(ResultsReport report) {
        return report.status == ResultsReportStatus.APPROVED
                || canWrite(report.countyCode())
                || grants.isNationalReader();
    }

    public void assertCanRead(ResultsReport report) {
        if (!canRead(report)) {
            throw ProblemException.notFound(text("resultsreport.not-found", report.id));
        }
    }

    public boolean canWrite(ResultsReport report) {
        return canWrite(report.countyCode());
    }

    public void assertCanWrite(ResultsReport report) {
        assertCanRead(report);
        if (!canWrite(report)) {
            throw ProblemException.forbidden(text("resultsreport.only-county-coordinators", report.countyCode()));
        }
    }

    public boolean canReadHistory(ResultsReport report) {
        return canWrite(report) || grants.isNationalReader();
    }

    public void assertCanReadHistory(ResultsReport report) {
        assertCanRead(report);
        if (!canReadHistory(report)) {
            throw ProblemException.forbidden(text("resultsreport.only-writers-history"));
        }
    }
}
