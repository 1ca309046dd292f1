package se.samverkan.common.csv;

import static se.samverkan.common.problem.Text.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;

/**
 * Reads an uploaded CSV file record by record (quoted fields may span lines), UTF-8 with or without a byte order
 * mark. Problems go to the caller's {@link FieldViolations} under "row N" (N as a spreadsheet numbers rows, the
 * header being row 1), so that one answer can name every bad row.
 */
public final class CsvReader {

    /** One record; {@code clean} is false when a cell held a control character (already reported). */
    public record Row(long number, List<String> cells, boolean clean) {

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvReader() {}

    /**
     * Hands every record to {@code rows} in order. Control characters other than tab and line breaks are refused per
     * cell ("row 3: value", named by {@code columns}). A quote left open or text after a closing quote ends the
     * reading with a violation on that row; bytes that are not UTF-8 refuse the whole file.
     */
    public static void read(
            InputStream body,
            CsvDialect dialect,
            List<String> columns,
            FieldViolations violations,
            Consumer<Row> rows) {
        try (CSVParser parser = CSVParser.builder()
                .setReader(withoutByteOrderMark(body))
                .setFormat(dialect.format())
                .get()) {
            try {
                for (CSVRecord record : parser) {
                    long number = record.getRecordNumber();
                    List<String> cells = record.toList();
                    rows.accept(new Row(number, cells, checkControlCharacters(number, cells, columns, violations)));
                }
            } catch (UncheckedIOException e) {
                unreadable(e.getCause(), parser.getRecordNumber() + 1, violations);
            }
        } catch (IOException e) {
            unreadable(e, 1, violations);
        }
    }

    /**
     * The dialect a file is written in, told by its first line (the header): semicolons and no commas outside quotes
     * mean the Swedish-Excel variant, commas and no semicolons RFC 4180; otherwise (one column, or both) the one asked
     * for. So a file saved by Swedish Excel reads without the caller naming its dialect, and the other way round.
     */
    public static CsvDialect dialectOf(byte[] file, CsvDialect asked) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (byte b : file) {
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            }
        }
        if (semicolons > 0 && commas == 0) {
            return CsvDialect.EXCEL_SV;
        }
        if (commas > 0 && semicolons == 0) {
            return CsvDialect.RFC4180;
        }
        return asked;
    }

    private static void unreadable(IOException cause, long row, FieldViolations violations) {
        if (cause instanceof CharacterCodingException) {
            throw ProblemException.invalid("file", text("common.utf-8-text"));
        }
        String message = String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            violations.add("row " + row, text("common.quote-not-closed"));
        } else if (message.contains("invalid char between encapsulated token and delimiter")) {
            violations.add("row " + row, text("common.text-after-closing-quote-put"));
        } else {
            throw new UncheckedIOException(cause);
        }
    }

    private static boolean checkControlCharacters(
            long row, List<String> cells, List<String> columns, FieldViolations violations) {
        boolean clean = true;
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                    String name = column < columns.size() ? columns.get(column) : "column " + (column + 1);
                    violations.add(
                            "row " + row + ": " + name,
                            text("common.control-character", String.format("U+%04X", (int) c)));
                    clean = false;
                    break;
                }
            }
        }
        return clean;
    }

    /** A strict UTF-8 reader (malformed bytes fail instead of turning into U+FFFD) that skips a leading byte order mark. */
    private static Reader withoutByteOrderMark(InputStream body) throws IOException {
        PushbackReader reader = new PushbackReader(
                new InputStreamReader(
                        body,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
