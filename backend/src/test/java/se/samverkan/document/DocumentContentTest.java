package se.samverkan.document;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.support.DemoUser.ADMIN;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.Documents.PATH;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.samverkan.support.Agreements;
import se.samverkan.support.Documents;

/**
 * What is accepted is decided by the content, not the name or the declared type; sizes are limited (1 MB in tests,
 * see application.properties); concurrent new versions based on the same version: one wins, one gets 412.
 */
@QuarkusTest
class DocumentContentTest {

    private static final String ROK = Agreements.VASTMANLAND_ROK;
    private static final String UNSUPPORTED = "urn:samverkan:problem:unsupported-media-type";

    @Test
    void anExecutableNamedPdfIsRefused() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        upload("avtal.pdf", exe, "application/pdf")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(UNSUPPORTED))
                .body("errors.field", hasItem("file"));
    }

    @Test
    void unknownBytesNamedAsAnOfficeFileAreRefused() {
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 1;
        upload("rapport.docx", noise, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .statusCode(415)
                .body("type", equalTo(UNSUPPORTED));
    }

    @Test
    void htmlNamedCsvIsRefusedButRealCsvAndOfficeFilesAreAccepted() {
        upload("lista.csv", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(415);
        upload("lista.csv", "kommun,antal\nVästerås,12\n".getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .statusCode(201)
                .body("current.mediaType", equalTo("text/csv"));
        upload("bilaga.docx", ooxml("word/document.xml"), "application/octet-stream")
                .statusCode(201)
                .body(
                        "current.mediaType",
                        equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        // The name may narrow the content's family only: a PNG named .pdf is a PNG, and is named so.
        upload("bild.pdf", png(), "application/pdf")
                .statusCode(201)
                .body("current.mediaType", equalTo("image/png"))
                .body("current.fileName", equalTo("bild.pdf.png"));
    }

    @Test
    void emptyAndBrokenFilesAreValidationProblems() {
        upload("tom.pdf", new byte[0], "application/pdf").statusCode(400).body("errors.field", hasItem("file"));
        upload(
                        "trasig.pdf",
                        "%PDF-1.7\n1 0 obj << /Type /Catalog >> trasig".getBytes(StandardCharsets.ISO_8859_1),
                        "application/pdf")
                .statusCode(400)
                .body("errors.field", hasItem("file"));
        ADMIN.request()
                .multiPart("ownerType", "AGREEMENT")
                .multiPart("ownerId", ROK)
                .multiPart("title", "Utan fil")
                .multiPart("kind", "OTHER")
                .multiPart("language", "sv")
                .multiPart("visibility", "PUBLIC")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("file"));
        ADMIN.request()
                .multiPart("file", "a.pdf", Documents.pdf("a"), "application/pdf")
                .multiPart("ownerType", "AGREEMENT")
                .multiPart("ownerId", ROK)
                .multiPart("title", " ")
                .multiPart("kind", "PAMPHLET")
                .multiPart("language", "svenska")
                .multiPart("visibility", "SECRET")
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("language"))
                .body("errors.field", hasItem("visibility"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        // Just over the limit: read, then refused by its size.
        byte[] justOver = new byte[1024 * 1024 + 1];
        byte[] pdf = Documents.pdf("stor");
        System.arraycopy(pdf, 0, justOver, 0, pdf.length);
        upload("stor.pdf", justOver, "application/pdf")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:payload-too-large"));
        // Far over: refused by its declared length before the body is read.
        upload("enorm.pdf", new byte[3 * 1024 * 1024], "application/pdf")
                .statusCode(413)
                .body("type", equalTo("urn:samverkan:problem:payload-too-large"));
    }

    @Test
    void ofTwoConcurrentNewVersionsOneWinsAndTheOtherGets412() throws Exception {
        String id = Documents.attachPdf(COORDINATOR_VASTMANLAND, "AGREEMENT", ROK, "PUBLIC", "Original");
        String etag = ADMIN.request().get(PATH + "/" + id).then().extract().header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                byte[] pdf = Documents.pdf("Samtidig version " + i);
                Callable<Integer> upload = () -> {
                    start.await();
                    return COORDINATOR_VASTMANLAND
                            .request()
                            .header("If-Match", etag)
                            .multiPart("file", "v.pdf", pdf, "application/pdf")
                            .post(PATH + "/" + id + "/versions")
                            .then()
                            .extract()
                            .statusCode();
                };
                results.add(pool.submit(upload));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(201, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        ADMIN.request().get(PATH + "/" + id).then().body("versions", hasSize(2)).body("current.number", equalTo(2));
    }

    private static io.restassured.response.ValidatableResponse upload(String name, byte[] content, String declared) {
        return Documents.upload(COORDINATOR_VASTMANLAND, "AGREEMENT", ROK, "PUBLIC", name, content, declared);
    }

    private static byte[] ooxml(String part) throws RuntimeException {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
