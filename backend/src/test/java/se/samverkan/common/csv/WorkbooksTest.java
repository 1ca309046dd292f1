package se.samverkan.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTest {

    private static final List<Column> HEADER =
            List.of(Column.of("name", "Namn"), Column.of("amount", "Belopp"), Column.of("count", "Antal"));

    @Test
    void amountsShowTwoDecimalsTextsStayTextAndEmptyCellsStayEmpty() throws IOException {
        List<Object[]> rows =
                List.<Object[]>of(new Object[] {"=1+1", new BigDecimal("1234.50"), 3}, new Object[] {null, null, 4L});
        try (XSSFWorkbook read = new XSSFWorkbook(
                new ByteArrayInputStream(Workbooks.xlsx(new Workbooks.Sheet("Projekt", HEADER, rows, true))))) {
            Row header = read.getSheet("Projekt").getRow(0);
            assertEquals("Belopp", header.getCell(1).getStringCellValue());
            Row first = read.getSheet("Projekt").getRow(1);
            assertEquals(CellType.STRING, first.getCell(0).getCellType(), "a formula-like text is typed as text");
            assertEquals("=1+1", first.getCell(0).getStringCellValue());
            assertEquals(1234.5, first.getCell(1).getNumericCellValue());
            assertEquals("#,##0.00", first.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(3.0, first.getCell(2).getNumericCellValue());
            assertEquals(null, read.getSheet("Projekt").getRow(2).getCell(0));
        }
    }

    @Test
    void withoutAmountsDecimalsKeepTheirOwnFormatAndSheetsComeInOrder() throws IOException {
        byte[] bytes = Workbooks.xlsx(
                new Workbooks.Sheet("Svar", HEADER, List.<Object[]>of(new Object[] {"a", new BigDecimal("2.5"), 1})),
                new Workbooks.Sheet("Sammanställning", HEADER, List.of()));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("Svar", read.getSheetName(0));
            assertEquals("Sammanställning", read.getSheetName(1));
            var cell = read.getSheet("Svar").getRow(1).getCell(1);
            assertEquals(2.5, cell.getNumericCellValue());
            assertFalse(cell.getCellStyle().getDataFormatString().contains("0.00"));
        }
    }

    private enum Status implements Code {
        DONE;

        @Override
        public String swedish() {
            return "Klar";
        }
    }

    @Test
    void aSheetIsForPeopleSwedishColumnNamesAndCodesWithoutMachineOnlyColumns() throws IOException {
        List<Column> columns = List.of(Column.machineOnly("status_code"), Column.of("status", "Status"), HEADER.get(2));
        byte[] bytes = Workbooks.xlsx(
                new Workbooks.Sheet("Projekt", columns, List.<Object[]>of(new Object[] {"DONE", Status.DONE, 2})));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row header = read.getSheet("Projekt").getRow(0);
            assertEquals("Status", header.getCell(0).getStringCellValue());
            assertEquals("Antal", header.getCell(1).getStringCellValue());
            assertEquals(null, header.getCell(2));
            Row row = read.getSheet("Projekt").getRow(1);
            assertEquals("Klar", row.getCell(0).getStringCellValue());
            assertEquals(2.0, row.getCell(1).getNumericCellValue());
        }
    }
}
