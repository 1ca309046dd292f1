package se.samverkan.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.common.problem.FieldViolations;

/** The one writer of every export, and its reader: formulas neutralised, numbers untouched, quoted line breaks kept. */
class CsvTableTest {

    @Test
    void textThatASpreadsheetWouldEvaluateIsNeutralisedButNumbersAreNot() {
        String csv = new CsvTable(CsvDialect.RFC4180, List.of("a", "b", "c", "d", "e", "f", "g", "h"))
                .row("=1+2", "+46", "-x", "@SUM(A1)", "\tTAB", "\rCR", new BigDecimal("-3.50"), -7)
                .row("plain", "a=b", null, "", 2027, new BigDecimal("1E+3"), "multi\nline \"quoted\"", "x, y")
                .toString();
        assertEquals(
                "a,b,c,d,e,f,g,h\r\n"
                        + "'=1+2,'+46,'-x,'@SUM(A1),'\tTAB,\"'\rCR\",-3.50,-7\r\n"
                        + "plain,a=b,,,2027,1000,\"multi\nline \"\"quoted\"\"\",\"x, y\"\r\n",
                csv);
    }

    @Test
    void theSwedishExcelDialectHasAByteOrderMarkSemicolonsAndDecimalCommas() {
        String csv = new CsvTable(CsvDialect.EXCEL_SV, List.of("year", "value", "text"))
                .row(2026, new BigDecimal("-12.5"), "a;b")
                .toString();
        assertEquals("\uFEFFyear;value;text\r\n2026;-12,5;\"a;b\"\r\n", csv);
    }

    private enum Colour implements Code {
        RED("Röd"),
        GREEN("=Grön");

        private final String swedish;

        Colour(String swedish) {
            this.swedish = swedish;
        }

        @Override
        public String swedish() {
            return swedish;
        }
    }

    private static final List<Column> COLUMNS =
            List.of(Column.machineOnly("colour_code"), Column.of("colour", "Färg"), Column.of("count", "Antal"));

    @Test
    void anExportNamesColumnsAndCodesForMachinesInRfc4180AndInSwedishForPeople() {
        assertEquals(
                "colour_code,colour,count\r\nRED,RED,1\r\nGREEN,GREEN,2\r\n",
                CsvTable.of(CsvDialect.RFC4180, COLUMNS)
                        .row("RED", Colour.RED, 1)
                        .row("GREEN", Colour.GREEN, 2)
                        .toString());
        // The machine-only column is left out; a label is neutralised like any text.
        assertEquals(
                "\uFEFFFärg;Antal\r\nRöd;1\r\n'=Grön;2\r\n",
                CsvTable.of(CsvDialect.EXCEL_SV, COLUMNS)
                        .row("RED", Colour.RED, 1)
                        .row("GREEN", Colour.GREEN, 2)
                        .toString());
        assertEquals(List.of("colour_code", "colour", "count"), Column.names(COLUMNS));
    }

    @Test
    void whatIsWrittenReadsBackRecordByRecord() {
        for (CsvDialect dialect : CsvDialect.values()) {
            String csv = new CsvTable(dialect, List.of("title", "text"))
                    .row("-minus", "två\r\nrader, med \"citat\"; semikolon")
                    .row("sista", "x")
                    .toString();
            List<CsvReader.Row> rows = new ArrayList<>();
            FieldViolations violations = new FieldViolations();
            CsvReader.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    dialect,
                    List.of("title", "text"),
                    violations,
                    rows::add);
            assertTrue(violations.isEmpty(), dialect.toString());
            assertEquals(
                    List.of(
                            List.of("title", "text"),
                            List.of("'-minus", "två\r\nrader, med \"citat\"; semikolon"),
                            List.of("sista", "x")),
                    rows.stream().map(CsvReader.Row::cells).toList(),
                    dialect.toString());
            assertEquals(
                    List.of(1L, 2L, 3L),
                    rows.stream().map(CsvReader.Row::number).toList(),
                    "spreadsheet rows");
        }
    }
}
