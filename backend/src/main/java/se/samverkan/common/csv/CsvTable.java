package se.samverkan.common.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV export, so that every export is safe to open in a spreadsheet: a text cell that a spreadsheet
 * would read as a formula (first character =, +, -, @, tab or carriage return) gets a leading apostrophe, which
 * Excel and LibreOffice show as text (OWASP "CSV injection"). Numbers are given as numbers and written as they are,
 * so a negative value stays a number.
 */
public final class CsvTable {

    private final CsvDialect dialect;
    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>();

    public CsvTable(CsvDialect dialect, List<String> header) {
        this.dialect = dialect;
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
        try {
            printer = new CSVPrinter(out, dialect.format());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header.toArray());
    }

    /** One record: each cell a {@link Number} (written as a number), text (neutralised), or null (empty). */
    public CsvTable row(Object... values) {
        cells.clear();
        for (Object value : values) {
            cells.add(cell(value));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            String plain = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
            return dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator());
        }
        return text(value.toString());
    }

    /** The text as a spreadsheet shows it, never as a formula. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
