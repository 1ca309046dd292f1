package se.samverkan.followup;

import java.util.List;
import java.util.Objects;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.followup.FollowUpDtos.ActivityDto;
import se.samverkan.followup.ReportDtos.ReportAssessment;
import se.samverkan.followup.ReportDtos.ReportDto;
import se.samverkan.followup.ReportDtos.ReportGoalArea;
import se.samverkan.followup.ReportDtos.ReportIndicator;
import se.samverkan.followup.ReportDtos.TrendPoint;
import se.samverkan.followup.ReportDtos.TrendSeries;
import se.samverkan.organisation.OrganisationReference;

/**
 * The report as one CSV table: a row per record (REPORT, GOAL_AREA, ASSESSMENT, ACTIVITY, INDICATOR_VALUE) with the
 * columns that apply to it filled in; text that a spreadsheet would take for a formula is neutralised by {@link CsvTable}. Indicator values are every value up to the round's year: the chart data.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of(
            "record",
            "goal_area",
            "goal_area_title",
            "organisation",
            "status",
            "title",
            "text",
            "result",
            "organisations",
            "funding_source",
            "unit",
            "year",
            "municipality",
            "gender",
            "value",
            "approved_by",
            "approved_on");

    private ReportCsv() {}

    static String write(ReportDto report, CsvDialect dialect) {
        CsvTable csv = new CsvTable(dialect, HEADER);
        csv.row(
                "REPORT",
                null,
                null,
                null,
                report.status().name(),
                report.agreement().title(),
                report.summary(),
                null,
                null,
                null,
                null,
                report.year(),
                null,
                null,
                null,
                report.approvedBy(),
                Objects.toString(report.approvedOn(), null));
        for (ReportGoalArea area : report.goalAreas()) {
            csv.row(
                    "GOAL_AREA",
                    area.number(),
                    area.title(),
                    null,
                    area.aggregateStatus().name(),
                    null,
                    area.goal(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            for (ReportAssessment assessment : area.assessments()) {
                String organisation = assessment.organisation() == null
                        ? null
                        : assessment.organisation().name();
                csv.row(
                        "ASSESSMENT",
                        area.number(),
                        area.title(),
                        organisation,
                        assessment.status().name(),
                        null,
                        assessment.situation(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
                for (ActivityDto activity : assessment.activities()) {
                    csv.row(
                            "ACTIVITY",
                            area.number(),
                            area.title(),
                            organisation,
                            null,
                            activity.title(),
                            activity.description(),
                            activity.result(),
                            String.join(
                                    "; ",
                                    activity.organisations().stream()
                                            .map(OrganisationReference::name)
                                            .toList()),
                            activity.fundingSource(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
                }
            }
            area.indicators().forEach(indicator -> values(csv, area, indicator));
        }
        report.agreementIndicators().forEach(indicator -> values(csv, null, indicator));
        return csv.toString();
    }

    private static void values(CsvTable csv, ReportGoalArea area, ReportIndicator indicator) {
        for (TrendSeries series : indicator.trend()) {
            for (TrendPoint point : series.points()) {
                csv.row(
                        "INDICATOR_VALUE",
                        area == null ? null : area.number(),
                        area == null ? null : area.title(),
                        null,
                        null,
                        indicator.name(),
                        null,
                        null,
                        null,
                        null,
                        indicator.unit(),
                        point.year(),
                        series.municipalityCode(),
                        series.gender().name(),
                        point.value(),
                        null,
                        null);
            }
        }
    }
}
