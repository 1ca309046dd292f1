package se.samverkan.common.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flows wrapped text down A4 pages and numbers them at the end: the product's PDF reports (the follow-up report, the
 * national compilation of results reports). The standard Helvetica fonts (WinAnsi covers å, ä and ö); characters
 * outside it become the nearest plain text.
 */
public final class PdfLayout {

    private static final float MARGIN = 56;

    private final PDDocument document;
    public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, String> replacements = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    public PdfLayout(PDDocument document) {
        this.document = document;
        newPage();
    }

    public void newPage() {
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

    public void space(float height) {
        y -= height;
    }

    public void heading(String text, float size) {
        if (y - size * 4 < MARGIN) {
            newPage();
        }
        paragraph(text, bold, size, 0);
        space(size * 0.4f);
    }

    /** Text wrapped to the width; line breaks in the text start new lines. */
    public void paragraph(String text, PDType1Font font, float size, float indent) {
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

    public void finish(String footer) throws IOException {
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
