package se.samverkan.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import se.samverkan.common.pdf.PdfLayout;
import se.samverkan.followup.FollowUpDtos.ActivityDto;
import se.samverkan.followup.ReportDtos.ReportAssessment;
import se.samverkan.followup.ReportDtos.ReportDto;
import se.samverkan.followup.ReportDtos.ReportGoalArea;
import se.samverkan.followup.ReportDtos.ReportIndicator;
import se.samverkan.followup.ReportDtos.ReportValue;
import se.samverkan.followup.ReportDtos.Trend;
import se.samverkan.followup.ReportDtos.TrendSeries;
import se.samverkan.organisation.OrganisationReference;

/**
 * The report as an A4 PDF a county board can file: a title page (agreement, year, approval), the summary, an overview
 * of the goal areas' statuses and a section per goal area. Swedish, in the standard Helvetica fonts (WinAnsi covers
 * å, ä and ö); statuses are always words, never colour.
 */
final class ReportPdf {

    private static final float BODY = 10.5f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private ReportPdf() {}

    static byte[] render(ReportDto report, LocalDate generatedOn) {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document);
            titlePage(layout, report, generatedOn);
            layout.newPage();
            layout.heading("Sammanfattning", 16);
            layout.paragraph(
                    report.summary() == null ? "Ingen sammanfattning." : report.summary(), layout.regular, BODY, 0);
            layout.space(10);
            layout.heading("Översikt", 14);
            for (ReportGoalArea area : report.goalAreas()) {
                layout.paragraph(
                        (area.number() == null ? "" : area.number() + " ") + area.title() + ": "
                                + area.aggregateStatus().swedish(),
                        layout.regular,
                        BODY,
                        0);
            }
            for (ReportGoalArea area : report.goalAreas()) {
                goalArea(layout, area, report.year());
            }
            if (!report.agreementIndicators().isEmpty()) {
                layout.space(14);
                layout.heading("Indikatorer för hela överenskommelsen", 14);
                report.agreementIndicators().forEach(indicator -> indicator(layout, indicator, report.year()));
            }
            layout.finish(
                    "Uppföljning " + report.year() + " – " + report.agreement().title());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(
                    "Uppföljning " + report.year() + " – " + report.agreement().title());
            info.setSubject("Uppföljning av " + report.agreement().title());
            info.setCreator("Samverkan");
            document.getDocumentCatalog().setLanguage("sv-SE");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void titlePage(PdfLayout layout, ReportDto report, LocalDate generatedOn) {
        layout.space(120);
        layout.paragraph("Uppföljning " + report.year(), layout.bold, 26, 0);
        layout.space(8);
        layout.paragraph(report.agreement().title(), layout.bold, 16, 0);
        layout.space(6);
        layout.paragraph(
                report.countyName() + " (län " + report.countyCode() + "), period "
                        + report.agreement().firstYear() + "–"
                        + report.agreement().lastYear(),
                layout.regular,
                12,
                0);
        layout.space(30);
        if (report.status() == RoundStatus.APPROVED) {
            layout.paragraph(
                    "Fastställd av " + orUnknown(report.approvedBy(), "(forum anges inte)") + " den "
                            + (report.approvedOn() == null ? "(datum anges inte)" : DATE.format(report.approvedOn())),
                    layout.bold,
                    12,
                    0);
        } else if (report.status() == RoundStatus.RECORDED) {
            layout.paragraph("Återgiven ur ett publicerat dokument; inte fastställd i Samverkan", layout.bold, 12, 0);
        } else {
            layout.paragraph("Sammanställd, ännu inte fastställd (utkast)", layout.bold, 12, 0);
        }
        layout.space(6);
        layout.paragraph("Utskriven " + DATE.format(generatedOn) + " ur Samverkan", layout.regular, BODY, 0);
    }

    private static void goalArea(PdfLayout layout, ReportGoalArea area, int year) {
        layout.newPage();
        layout.heading((area.number() == null ? "" : area.number() + " ") + area.title(), 16);
        if (area.goal() != null) {
            layout.paragraph("Mål: " + area.goal(), layout.regular, BODY, 0);
        }
        if (!area.focus().isEmpty()) {
            layout.space(4);
            layout.paragraph("Särskilt fokus " + year + ":", layout.bold, BODY, 0);
            area.focus().forEach(point -> layout.paragraph("• " + point, layout.regular, BODY, 12));
        }
        layout.space(6);
        layout.paragraph(
                "Samlad bedömning: " + area.aggregateStatus().swedish() + " (i fas "
                        + area.statusCounts().onTrack()
                        + ", delvis i fas " + area.statusCounts().partly() + ", inte i fas "
                        + area.statusCounts().notOnTrack()
                        + ", inte bedömt " + area.statusCounts().notAssessed() + ")",
                layout.bold,
                BODY,
                0);
        for (ReportAssessment assessment : area.assessments()) {
            layout.space(10);
            layout.paragraph(
                    assessment.organisation() == null
                            ? "(organisation anges inte i källan)"
                            : assessment.organisation().name(),
                    layout.bold,
                    12,
                    0);
            layout.paragraph("Bedömning: " + assessment.status().swedish(), layout.regular, BODY, 0);
            if (assessment.situation() != null) {
                layout.paragraph("Läget: " + assessment.situation(), layout.regular, BODY, 0);
            }
            if (!assessment.activities().isEmpty()) {
                layout.space(4);
                layout.paragraph("Insatser", layout.bold, BODY, 0);
                assessment.activities().forEach(activity -> activity(layout, activity));
            }
        }
        if (!area.indicators().isEmpty()) {
            layout.space(12);
            layout.heading("Indikatorer", 13);
            area.indicators().forEach(indicator -> indicator(layout, indicator, year));
        }
    }

    private static void activity(PdfLayout layout, ActivityDto activity) {
        layout.paragraph("• " + activity.title(), layout.bold, BODY, 12);
        if (activity.description() != null) {
            layout.paragraph(activity.description(), layout.regular, BODY, 24);
        }
        if (!activity.organisations().isEmpty()) {
            layout.paragraph(
                    "Aktörer: "
                            + activity.organisations().stream()
                                    .map(OrganisationReference::name)
                                    .collect(Collectors.joining(", ")),
                    layout.regular,
                    BODY,
                    24);
        }
        if (activity.result() != null) {
            layout.paragraph("Resultat: " + activity.result(), layout.regular, BODY, 24);
        }
        if (activity.fundingSource() != null) {
            layout.paragraph("Finansiering: " + activity.fundingSource(), layout.regular, BODY, 24);
        }
    }

    private static void indicator(PdfLayout layout, ReportIndicator indicator, int year) {
        layout.space(8);
        layout.paragraph(
                indicator.name() + (indicator.sample() ? " (exempeldata, inte statistik)" : ""), layout.bold, BODY, 0);
        List<String> facts = new ArrayList<>();
        facts.add("Enhet: " + indicator.unit());
        facts.add(indicator.direction() == IndicatorDirection.HIGHER_IS_BETTER ? "högre är bättre" : "lägre är bättre");
        facts.add(indicator.scope() == IndicatorScope.COUNTY ? "hela länet" : "per kommun");
        if (indicator.baselineYear() != null) {
            facts.add("utgångsläge " + indicator.baselineYear() + ": " + number(indicator.baselineValue()));
        }
        if (indicator.target() != null) {
            facts.add("mål " + year + ": " + number(indicator.target()));
        }
        layout.paragraph(String.join(", ", facts), layout.regular, BODY, 12);
        if (indicator.values().isEmpty()) {
            layout.paragraph("Inga värden för " + year + ".", layout.regular, BODY, 12);
        } else {
            layout.paragraph("Värden " + year + ":", layout.regular, BODY, 12);
            for (ReportValue value : indicator.values()) {
                String target =
                        value.meetsTarget() == null ? "" : value.meetsTarget() ? " (når målet)" : " (når inte målet)";
                layout.paragraph(
                        where(value.municipalityName(), value.gender()) + ": " + number(value.value()) + " "
                                + indicator.unit() + target,
                        layout.regular,
                        BODY,
                        24);
            }
        }
        for (TrendSeries series : indicator.trend()) {
            if (series.points().size() < 2) {
                continue;
            }
            String points = series.points().stream()
                    .map(p -> p.year() + ": " + number(p.value()))
                    .collect(Collectors.joining(", "));
            layout.paragraph(
                    "Utveckling " + where(series.municipalityName(), series.gender()) + ": " + points + " – "
                            + trendLabel(series.trend()),
                    layout.regular,
                    BODY,
                    24);
        }
    }

    private static String where(String municipality, Gender gender) {
        String who =
                switch (gender) {
                    case TOTAL -> "totalt";
                    case WOMEN -> "kvinnor";
                    case MEN -> "män";
                };
        return municipality == null ? capitalise(who) : municipality + ", " + who;
    }

    private static String trendLabel(Trend trend) {
        return switch (trend) {
            case IMPROVING -> "förbättring";
            case WORSENING -> "försämring";
            case UNCHANGED -> "oförändrat";
            case INSUFFICIENT_DATA -> "för få värden";
        };
    }

    /** Swedish number format: decimal comma. */
    private static String number(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String orUnknown(String text, String unknown) {
        return text == null ? unknown : text;
    }
}
