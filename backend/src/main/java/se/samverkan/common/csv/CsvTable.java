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
 * so a negative value stays a number. An export made with {@link #of} names its columns and writes its {@link Code}s
 * for machines in RFC 4180 and in Swedish in the Swedish-Excel variant ({@link CsvDialect#forPeople()}).
 */
public final class CsvTable {

    private final CsvDialect dialect;
    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;
    private final List<String> cells = new ArrayList<>();
    /** Per column whether this variant writes it; null when every column is written. */
    private final boolean[] shown;

    /** A table with this header in every dialect (codes are still written for the dialect's readers). */
    public CsvTable(CsvDialect dialect, List<String> header) {
        this(dialect, header, null);
    }

    /** An export's table: the header and the columns of the dialect's readers (machines or people). */
    public static CsvTable of(CsvDialect dialect, List<Column> columns) {
        boolean people = dialect.forPeople();
        boolean[] shown = new boolean[columns.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = columns.get(i).shownTo(people);
        }
        return new CsvTable(dialect, Column.header(columns, people), shown);
    }

    private CsvTable(CsvDialect dialect, List<String> header, boolean[] shown) {
        this.dialect = dialect;
        this.shown = shown;
        if (dialect.byteOrderMark()) {
            out.append('\uFEFF');
        }
        try {
            printer = new CSVPrinter(out, dialect.format());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cells.clear();
        header.forEach(name -> cells.add(cell(name)));
        print();
    }

    /**
     * One record: each cell a {@link Number} (written as a number), a {@link Code} (for the dialect's readers), text
     * (neutralised), or null (empty); one value per column, also for columns this variant leaves out.
     */
    public CsvTable row(Object... values) {
        cells.clear();
        for (int i = 0; i < values.length; i++) {
            if (shown == null || i >= shown.length || shown[i]) {
                cells.add(cell(values[i]));
            }
        }
        return print();
    }

    private CsvTable print() {
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
        if (value instanceof Code code) {
            return text(dialect.forPeople() ? code.swedish() : code.code());
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
