package se.samverkan.common.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The spreadsheet variant of an export, for people: the same rows as its CSV, under the columns' Swedish names and with
 * every {@link Code} in Swedish (as the Swedish-Excel CSV); numbers as numbers, every text typed as text.
 */
public final class Workbooks {

    /**
     * One sheet: its name, its header row and its rows (null cells stay empty). With {@code amounts}, decimal numbers
     * are money and show two decimals; a spreadsheet keeps numbers as doubles (15 significant digits), so an amount
     * below 10^12 with two decimals reads back as the same öre.
     */
    public record Sheet(String name, List<Column> columns, List<Object[]> rows, boolean amounts) {

        public Sheet(String name, List<Column> columns, List<Object[]> rows) {
            this(name, columns, rows, false);
        }
    }

    private Workbooks() {}

    /** The workbook as XLSX bytes, written in a streaming window of 200 rows. */
    public static byte[] xlsx(Sheet... sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (Sheet sheet : sheets) {
                write(workbook.createSheet(sheet.name()), sheet, money);
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Sheet target, Sheet sheet, CellStyle money) {
        Row header = target.createRow(0);
        List<String> names = Column.header(sheet.columns(), true);
        for (int i = 0; i < names.size(); i++) {
            header.createCell(i).setCellValue(names.get(i));
        }
        int r = 1;
        for (Object[] values : sheet.rows()) {
            Row row = target.createRow(r++);
            int column = 0;
            for (int i = 0; i < values.length; i++) {
                if (i < sheet.columns().size() && !sheet.columns().get(i).shownTo(true)) {
                    continue;
                }
                Object value = Code.forPeople(values[i]);
                int at = column++;
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(at);
                if (sheet.amounts() && value instanceof BigDecimal amount) {
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(money);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    // Typed as text, so no cell is ever read as a formula.
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
