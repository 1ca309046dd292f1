package se.samverkan.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What an uploaded file really is, decided by its content (Tika's magic-byte detector), never by its name alone: the
 * name may only narrow the content's family (an Office Open XML container named .docx is a Word document), so an
 * executable named .pdf stays an executable and is refused.
 */
@ApplicationScoped
public class ContentInspector {

    /**
     * The accepted types and the extension a download of each gets, in a fixed order: the OpenAPI document lists the
     * download's types from here ({@link DownloadTypesFilter}).
     */
    static final Map<String, String> ALLOWED = inOrder(
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("application/vnd.ms-excel", ".xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            Map.entry("application/vnd.ms-powerpoint", ".ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", ".odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", ".odp"),
            Map.entry("text/csv", ".csv"),
            Map.entry("image/png", ".png"),
            Map.entry("image/jpeg", ".jpg"));

    @SafeVarargs
    private static Map<String, String> inOrder(Map.Entry<String, String>... entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    /** Extracted text is for search; beyond this a PDF's words add little and a tsvector would overflow. */
    static final int MAX_TEXT_CHARS = 100_000;

    static final int MAX_NAME_CHARS = 200;

    private final MimeTypes types = TikaConfig.getDefaultConfig().getMimeRepository();

    /** The detected type, or null when the content is unknown. */
    public String detect(Path file, String fileName) throws IOException {
        MediaType magic;
        try (InputStream in = TikaInputStream.get(file)) {
            magic = types.detect(in, new Metadata());
        }
        if (magic == null || MediaType.OCTET_STREAM.equals(magic)) {
            return null;
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType byName = types.detect(null, named);
        MediaType decided =
                byName != null && types.getMediaTypeRegistry().isSpecializationOf(byName, magic) ? byName : magic;
        return decided.getBaseType().toString();
    }

    public boolean isAllowed(String mediaType) {
        return mediaType != null && ALLOWED.containsKey(mediaType);
    }

    /**
     * The text of a PDF for search, read with a file-backed cache so a large PDF is not loaded into memory.
     * @throws IOException when the PDF is damaged
     */
    public String pdfText(Path file) throws IOException {
        try (PDDocument pdf =
                Loader.loadPDF(file.toFile(), null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            BoundedWriter text = new BoundedWriter(MAX_TEXT_CHARS);
            try {
                stripper.writeText(pdf, text);
            } catch (BoundedWriter.Full full) {
                // Enough text for search.
            }
            return text.toString().replace('\u0000', ' ');
        }
    }

    /**
     * A file name safe to store and to send back: the last path segment only, without control and reserved
     * characters, at most 200 characters, and ending in the extension of its detected type.
     */
    public static String sanitiseFileName(String original, String mediaType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^\\.+", "");
        String extension = ALLOWED.getOrDefault(mediaType, "");
        if (!hasExtensionOf(name, mediaType, extension)) {
            name = name + extension;
        }
        if (name.equals(extension)) {
            name = "file" + extension;
        }
        if (name.length() > MAX_NAME_CHARS) {
            name = name.substring(0, MAX_NAME_CHARS - extension.length()) + extension;
        }
        return name;
    }

    private static boolean hasExtensionOf(String name, String mediaType, String extension) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(extension) || ("image/jpeg".equals(mediaType) && lower.endsWith(".jpeg"));
    }

    /** A writer that keeps the first characters and then stops the producer. */
    static final class BoundedWriter extends Writer {
        static final class Full extends IOException {
            Full() {
                super("enough text", null);
            }
        }

        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int room = limit - text.length();
            text.append(buffer, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
