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

    private static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

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

    /** One row: what it is, and the columns that apply to it by name; the others stay empty. */
    private static final class Row {

        private final Object[] cells = new Object[COLUMNS.size()];

        Row(Record record) {
            set("record", record);
        }

        Row set(String column, Object value) {
            cells[NAMES.indexOf(column)] = value;
            return this;
        }

        /** The goal area's number and title, for the rows under one. */
        Row under(ReportGoalArea area) {
            return set("goal_area", area == null ? null : area.number())
                    .set("goal_area_title", area == null ? null : area.title());
        }

        void into(CsvTable csv) {
            csv.row(cells);
        }
    }

    static String write(ReportDto report, CsvDialect dialect) {
        CsvTable csv = CsvTable.of(dialect, COLUMNS);
        new Row(Record.REPORT)
                .set("status", report.status())
                .set("title", report.agreement().title())
                .set("text", report.summary())
                .set("year", report.year())
                .set("approved_by", report.approvedBy())
                .set("approved_on", Objects.toString(report.approvedOn(), null))
                .into(csv);
        for (ReportGoalArea area : report.goalAreas()) {
            new Row(Record.GOAL_AREA)
                    .under(area)
                    .set("status", area.aggregateStatus())
                    .set("text", area.goal())
                    .into(csv);
            for (ReportAssessment assessment : area.assessments()) {
                String organisation = assessment.organisation() == null
                        ? null
                        : assessment.organisation().name();
                new Row(Record.ASSESSMENT)
                        .under(area)
                        .set("organisation", organisation)
                        .set("status", assessment.status())
                        .set("text", assessment.situation())
                        .into(csv);
                for (ActivityDto activity : assessment.activities()) {
                    new Row(Record.ACTIVITY)
                            .under(area)
                            .set("organisation", organisation)
                            .set("title", activity.title())
                            .set("text", activity.description())
                            .set("result", activity.result())
                            .set(
                                    "organisations",
                                    String.join(
                                            "; ",
                                            activity.organisations().stream()
                                                    .map(OrganisationReference::name)
                                                    .toList()))
                            .set("funding_source", activity.fundingSource())
                            .into(csv);
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
                new Row(Record.INDICATOR_VALUE)
                        .under(area)
                        .set("title", indicator.name())
                        .set("unit", indicator.unit())
                        .set("year", point.year())
                        .set("municipality", series.municipalityCode())
                        .set("gender", series.gender())
                        .set("value", point.value())
                        .into(csv);
            }
        }
    }
}
