package se.samverkan.resultsreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import se.samverkan.common.pdf.PdfLayout;
import se.samverkan.common.time.Clocks;
import se.samverkan.resultsreport.ResultsReportDtos.AssignmentCompilation;
import se.samverkan.resultsreport.ResultsReportDtos.CountyPart;
import se.samverkan.resultsreport.ResultsReportDtos.NationalResultsDto;
import se.samverkan.resultsreport.ResultsReportDtos.ReportedCounty;

/**
 * The national compilation as an A4 PDF in Swedish: the national summary's introduction, which counties have an
 * approved report, then a section per assignment with the national summary and each county's assessment, success
 * factors and areas to develop.
 */
final class NationalResultsPdf {

    private static final float BODY = 10.5f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private NationalResultsPdf() {}

    static byte[] render(NationalResultsDto compilation, LocalDate generatedOn) {
        String title = "Resultatredovisningar " + compilation.year() + " – nationell sammanställning";
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document);
            layout.paragraph(title, layout.bold, 20, 0);
            layout.space(6);
            if (compilation.title() != null) {
                layout.paragraph(compilation.title(), layout.bold, 13, 0);
            }
            if (compilation.introduction() != null) {
                layout.space(4);
                layout.paragraph(compilation.introduction(), layout.regular, BODY, 0);
            }
            if (compilation.provenance() != null && compilation.provenance().source() != null) {
                layout.paragraph("Källa: " + compilation.provenance().source(), layout.regular, 8, 0);
            }
            layout.space(10);
            layout.heading("Länens resultatredovisningar", 13);
            for (ReportedCounty county : compilation.counties()) {
                layout.paragraph(county.countyName() + ": " + approval(county), layout.regular, BODY, 0);
            }
            for (AssignmentCompilation assignment : compilation.assignments()) {
                assignment(layout, assignment);
            }
            layout.space(12);
            layout.paragraph("Utskriven " + DATE.format(generatedOn) + " ur Samverkan", layout.regular, 8, 0);
            layout.finish(title);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Samverkan");
            document.getDocumentCatalog().setLanguage("sv-SE");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String approval(ReportedCounty county) {
        if (county.reportId() == null) {
            return "ingen godkänd redovisning";
        }
        return county.approvedAt() == null
                ? "godkänd"
                : "godkänd " + DATE.format(county.approvedAt().atZone(Clocks.ZONE));
    }

    private static void assignment(PdfLayout layout, AssignmentCompilation assignment) {
        layout.newPage();
        layout.heading(assignment.assignment().swedish(), 16);
        if (assignment.nationalSummary() != null) {
            layout.paragraph("Nationell sammanfattning", layout.bold, 12, 0);
            layout.paragraph(assignment.nationalSummary(), layout.regular, BODY, 0);
            layout.space(8);
        }
        if (assignment.counties().isEmpty()) {
            layout.paragraph("Inga godkända delar från länen.", layout.regular, BODY, 0);
        }
        for (CountyPart part : assignment.counties()) {
            layout.space(6);
            layout.paragraph(part.countyName(), layout.bold, 12, 0);
            text(layout, "Bedömning", part.assessment());
            text(layout, "Framgångsfaktorer", part.successFactors());
            text(layout, "Utvecklingsområden", part.areasToDevelop());
        }
    }

    private static void text(PdfLayout layout, String label, String value) {
        if (value != null) {
            layout.paragraph(label, layout.bold, BODY, 0);
            layout.paragraph(value, layout.regular, BODY, 12);
        }
    }
}
