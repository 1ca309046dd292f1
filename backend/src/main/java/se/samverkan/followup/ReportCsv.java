package se.samverkan.followup;

import java.util.List;
import java.util.Objects;
import se.samverkan.common.csv.Code;
import se.samverkan.common.csv.Column;
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
 * columns that apply to it filled in; text that a spreadsheet would take for a formula is neutralised by {@link CsvTable}.
 * Indicator values are every value up to the round's year: the chart data. The Swedish-Excel variant names the
 * columns, the kinds of row, the statuses and the genders in Swedish.
 */
final class ReportCsv {

    static final List<Column> COLUMNS = List.of(
            Column.of("record", "Post"),
            Column.of("goal_area", "Målområde"),
            Column.of("goal_area_title", "Målområdets namn"),
            Column.of("organisation", "Organisation"),
            Column.of("status", "Status"),
            Column.of("title", "Titel"),
            Column.of("text", "Text"),
            Column.of("result", "Resultat"),
            Column.of("organisations", "Organisationer"),
            Column.of("funding_source", "Finansiering"),
            Column.of("unit", "Enhet"),
            Column.of("year", "År"),
            Column.of("municipality", "Kommunkod"),
            Column.of("gender", "Kön"),
            Column.of("value", "Värde"),
            Column.of("approved_by", "Fastställd av"),
            Column.of("approved_on", "Fastställd den"));

    /** What a row is. */
    enum Record implements Code {
        REPORT("Rapport"),
        GOAL_AREA("Målområde"),
        ASSESSMENT("Bedömning"),
        ACTIVITY("Aktivitet"),
        INDICATOR_VALUE("Indikatorvärde");

        private final String swedish;

        Record(String swedish) {
            this.swedish = swedish;
        }

        @Override
        public String swedish() {
            return swedish;
        }
    }

    private ReportCsv() {}

    static String write(ReportDto report, CsvDialect dialect) {
        CsvTable csv = CsvTable.of(dialect, COLUMNS);
        csv.row(
                Record.REPORT,
                null,
                null,
                null,
                report.status(),
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
                    Record.GOAL_AREA,
                    area.number(),
                    area.title(),
                    null,
                    area.aggregateStatus(),
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
                        Record.ASSESSMENT,
                        area.number(),
                        area.title(),
                        organisation,
                        assessment.status(),
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
                            Record.ACTIVITY,
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
                        Record.INDICATOR_VALUE,
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
                        series.gender(),
                        point.value(),
                        null,
                        null);
            }
        }
    }
}
