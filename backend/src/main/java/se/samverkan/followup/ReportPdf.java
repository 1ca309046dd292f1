package se.samverkan.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private ReportPdf() {}

    static byte[] render(ReportDto report, LocalDate generatedOn) {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document);
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
                                + statusLabel(area.aggregateStatus()),
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

    private static void titlePage(Layout layout, ReportDto report, LocalDate generatedOn) {
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

    private static void goalArea(Layout layout, ReportGoalArea area, int year) {
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
                "Samlad bedömning: " + statusLabel(area.aggregateStatus()) + " (enligt plan "
                        + area.statusCounts().onTrack()
                        + ", delvis " + area.statusCounts().partly() + ", inte enligt plan "
                        + area.statusCounts().notOnTrack()
                        + ", ej bedömd " + area.statusCounts().notAssessed() + ")",
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
            layout.paragraph("Bedömning: " + statusLabel(assessment.status()), layout.regular, BODY, 0);
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

    private static void activity(Layout layout, ActivityDto activity) {
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

    private static void indicator(Layout layout, ReportIndicator indicator, int year) {
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

    static String statusLabel(GoalStatus status) {
        return switch (status) {
            case ON_TRACK -> "Enligt plan";
            case PARTLY -> "Delvis enligt plan";
            case NOT_ON_TRACK -> "Inte enligt plan";
            case NOT_ASSESSED -> "Ej bedömd";
        };
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

    /** Flows wrapped text down A4 pages and numbers them at the end. */
    private static final class Layout {

        final PDDocument document;
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<Integer, String> replacements = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void newPage() {
            try {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                stream = new PDPageContentStream(document, page);
                y = PDRectangle.A4.getHeight() - MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void space(float height) {
            y -= height;
        }

        void heading(String text, float size) {
            if (y - size * 4 < MARGIN) {
                newPage();
            }
            paragraph(text, bold, size, 0);
            space(size * 0.4f);
        }

        /** Text wrapped to the width; line breaks in the text start new lines. */
        void paragraph(String text, PDType1Font font, float size, float indent) {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
            for (String part : encodable(text, font).split("\n", -1)) {
                for (String line : wrap(part, font, size, width)) {
                    if (y - size * 1.35f < MARGIN) {
                        newPage();
                    }
                    y -= size * 1.35f;
                    show(line, font, size, MARGIN + indent, y);
                }
            }
        }

        void finish(String footer) throws IOException {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = footerStream;
                    String left = encodable(footer.length() > 90 ? footer.substring(0, 89) + "…" : footer, regular);
                    show(left, regular, 8, MARGIN, MARGIN / 2);
                    String right = "Sida " + (i + 1) + " av " + pages;
                    show(right, regular, 8, PDRectangle.A4.getWidth() - MARGIN - width(right, regular, 8), MARGIN / 2);
                }
            }
        }

        private void show(String text, PDType1Font font, float size, float x, float atY) {
            try {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(x, atY);
                stream.showText(text);
                stream.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> wrap(String text, PDType1Font font, float size, float width) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word longer than the line (a URL) is cut where it must be.
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
            return lines;
        }

        private static float width(String text, PDType1Font font, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Characters outside WinAnsi (arrows, exotic quotes, emoji) become the nearest plain text. */
        private String encodable(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder(text.length());
            text.replace("\r\n", "\n")
                    .replace('\r', '\n')
                    .replace('\t', ' ')
                    .codePoints()
                    .forEach(c -> {
                        if (c == '\n') {
                            out.append('\n');
                            return;
                        }
                        out.append(replacements.computeIfAbsent(c, code -> {
                            String character = new String(Character.toChars(code));
                            try {
                                font.encode(character);
                                return character;
                            } catch (IllegalArgumentException | IOException e) {
                                return switch (code) {
                                    case 0x2192 -> "->";
                                    case 0x2264 -> "<=";
                                    case 0x2265 -> ">=";
                                    case 0x2212 -> "-";
                                    case 0x00A0, 0x2009, 0x202F -> " ";
                                    default -> "?";
                                };
                            }
                        }));
                    });
            return out.toString();
        }
    }
}
