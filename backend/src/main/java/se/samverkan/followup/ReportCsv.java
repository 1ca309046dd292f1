package se.samverkan.followup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.samverkan.common.csv.Csv;
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
 * columns that apply to it filled in. Indicator values are every value up to the round's year: the chart data.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("record", "goal_area", "goal_area_title", "organisation", "status", "title", "text",
            "result", "organisations", "funding_source", "unit", "year", "municipality", "gender", "value", "approved_by",
            "approved_on");

    private ReportCsv() {
    }

    static String write(ReportDto report) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        csv.append(row("REPORT", null, null, null, report.status().name(), report.agreement().title(), report.summary(), null, null,
                null, null, Integer.toString(report.year()), null, null, null, report.approvedBy(),
                Objects.toString(report.approvedOn(), null)));
        for (ReportGoalArea area : report.goalAreas()) {
            csv.append(row("GOAL_AREA", area.number(), area.title(), null, area.aggregateStatus().name(), null, area.goal(), null, null,
                    null, null, null, null, null, null, null, null));
            for (ReportAssessment assessment : area.assessments()) {
                String organisation = assessment.organisation().name();
                csv.append(row("ASSESSMENT", area.number(), area.title(), organisation, assessment.status().name(), null,
                        assessment.situation(), null, null, null, null, null, null, null, null, null, null));
                for (ActivityDto activity : assessment.activities()) {
                    csv.append(row("ACTIVITY", area.number(), area.title(), organisation, null, activity.title(), activity.description(),
                            activity.result(), String.join("; ", activity.organisations().stream().map(OrganisationReference::name).toList()),
                            activity.fundingSource(), null, null, null, null, null, null, null));
                }
            }
            area.indicators().forEach(indicator -> values(csv, area, indicator));
        }
        report.agreementIndicators().forEach(indicator -> values(csv, null, indicator));
        return csv.toString();
    }

    private static void values(StringBuilder csv, ReportGoalArea area, ReportIndicator indicator) {
        for (TrendSeries series : indicator.trend()) {
            for (TrendPoint point : series.points()) {
                csv.append(row("INDICATOR_VALUE", area == null ? null : area.number(), area == null ? null : area.title(), null, null,
                        indicator.name(), null, null, null, null, indicator.unit(), Integer.toString(point.year()),
                        series.municipalityCode(), series.gender().name(), point.value().toPlainString(), null, null));
            }
        }
    }

    private static String row(String... fields) {
        return Csv.row(new ArrayList<>(Arrays.asList(fields)));
    }
}
