package se.samverkan.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files for the documents tests, and uploading them as a user. */
public final class Documents {

    public static final String PATH = "/api/v1/documents";

    private Documents() {}

    /** A real one-page PDF with the text (WinAnsi characters only). */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request as the user whose multipart headers carry UTF-8 file names as browsers send them (Rest Assured's
     * default strict mode turns å, ä, ö into question marks).
     */
    public static RequestSpecification as(DemoUser user) {
        return user.request()
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    public static ValidatableResponse upload(
            DemoUser user,
            String ownerType,
            String ownerId,
            String visibility,
            String fileName,
            byte[] content,
            String declaredType) {
        return as(user).multiPart("file", fileName, content, declaredType)
                .multiPart("ownerType", ownerType)
                .multiPart("ownerId", ownerId)
                .multiPart("title", "Underlag " + fileName)
                .multiPart("kind", "APPENDIX")
                .multiPart("language", "sv")
                .multiPart("visibility", visibility)
                .post(PATH)
                .then();
    }

    public static String attachPdf(DemoUser user, String ownerType, String ownerId, String visibility, String text) {
        return upload(user, ownerType, ownerId, visibility, "underlag.pdf", pdf(text), "application/pdf")
                .statusCode(201)
                .extract()
                .path("id");
    }
}
