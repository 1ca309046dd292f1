package se.samverkan.followup.indicator;

import static se.samverkan.common.problem.Text.text;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samverkan.common.csv.Column;
import se.samverkan.common.csv.CsvDialect;
import se.samverkan.common.csv.CsvReader;
import se.samverkan.common.csv.CsvTable;
import se.samverkan.common.problem.FieldViolations;
import se.samverkan.common.problem.ProblemException;
import se.samverkan.followup.FollowUpDtos;
import se.samverkan.followup.Gender;
import se.samverkan.followup.Indicator;
import se.samverkan.followup.ValueRules;
import se.samverkan.reference.Municipality;

/**
 * The values file of one indicator: UTF-8, comma separated, header {@code year,municipality,gender,value}; the
 * municipality is the four-digit code (empty when county-wide), the gender TOTAL, WOMEN or MEN (empty means TOTAL),
 * the value a number with a decimal point, or a Swedish decimal comma in quotes ("12,5"). In the excel-sv dialect the
 * separator is a semicolon, the decimal comma needs no quotes, and the header and genders are Swedish
 * ({@code År;Kommunkod;Kön;Värde}, Totalt, Kvinnor, Män). The import takes either variant, whichever was asked for: the
 * header tells the separator, its columns may come in any order under either name, and either gender names are read.
 */
final class ValuesCsv {

    static final List<Column> COLUMNS = List.of(
            Column.of("year", "År"),
            Column.of("municipality", "Kommunkod"),
            Column.of("gender", "Kön"),
            Column.of("value", "Värde"));

    static final List<String> HEADER = Column.names(COLUMNS);
    private static final int YEAR_COLUMN = 0;
    private static final int MUNICIPALITY_COLUMN = 1;
    private static final int GENDER_COLUMN = 2;
    private static final int VALUE_COLUMN = 3;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{1,6}");

    /** One good row; {@code line} counts from 1 with the header, as a spreadsheet does. */
    record Row(int line, int year, String municipalityCode, Gender gender, BigDecimal value) {}

    private ValuesCsv() {}

    /**
     * Every row of the file, read as it streams in, or a validation problem that names every bad row with its column
     * and reason.
     */
    static List<Row> read(
            byte[] file, CsvDialect asked, Indicator indicator, Map<String, Municipality> municipalities) {
        CsvDialect dialect = CsvReader.dialectOf(file, asked);
        FieldViolations violations = new FieldViolations();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] headerRead = {false};
        boolean[] anyRow = {false};
        int[] positions = new int[COLUMNS.size()];
        Arrays.fill(positions, -1);
        List<String> fileHeader = new ArrayList<>();
        CsvReader.read(new ByteArrayInputStream(file), dialect, HEADER, violations, record -> {
            if (record.isBlank()) {
                return;
            }
            if (!headerRead[0]) {
                headerRead[0] = true;
                if (record.number() != 1) {
                    violations.add(
                            "row " + record.number() + ": header",
                            text("followup.header-must-be", String.join(",", HEADER)));
                } else {
                    fileHeader.addAll(record.cells().stream().map(String::trim).toList());
                    header(fileHeader, positions, violations);
                }
                return;
            }
            anyRow[0] = true;
            int line = (int) record.number();
            // Rows under a header that does not name every column are not read: their cells mean nothing yet.
            if (!record.clean() || !headerUsable(positions)) {
                return;
            }
            readRow(record.cells(), line, dialect, fileHeader, positions, indicator, municipalities, violations)
                    .ifPresent(row -> {
                        Integer first = seen.putIfAbsent(
                                ValueRules.key(row.year(), row.municipalityCode(), row.gender()), line);
                        if (first != null) {
                            violations.add("row " + line, text("followup.repeats-row-same-year-municipality", first));
                        } else {
                            rows.add(row);
                        }
                    });
        });
        if (!headerRead[0] && violations.isEmpty()) {
            throw ProblemException.invalid("file", text("followup.empty-first-line-header", String.join(",", HEADER)));
        }
        if (headerRead[0] && !anyRow[0] && violations.isEmpty()) {
            violations.add("file", text("followup.rows-values-below-header"));
        }
        violations.throwIfAny();
        return rows;
    }

    /**
     * Finds each column in the file's header, by its machine or its Swedish name (case aside); an unknown, repeated or
     * missing column is a problem naming it.
     */
    private static void header(List<String> names, int[] positions, FieldViolations violations) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int column = column(name);
            if (column < 0) {
                violations.add(
                        "row 1: header",
                        text(
                                "followup.unknown-column",
                                i + 1,
                                name,
                                String.join(",", HEADER),
                                String.join(";", Column.header(COLUMNS, true))));
            } else if (positions[column] >= 0) {
                violations.add("row 1: header", text("followup.column-repeated", i + 1, name));
            } else {
                positions[column] = i;
            }
        }
        for (int c = 0; c < positions.length; c++) {
            if (positions[c] < 0) {
                violations.add(
                        "row 1: header",
                        text(
                                "followup.column-missing",
                                COLUMNS.get(c).name(),
                                COLUMNS.get(c).swedish()));
            }
        }
    }

    private static int column(String name) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            if (column.name().equalsIgnoreCase(name) || column.swedish().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean headerUsable(int[] positions) {
        return Arrays.stream(positions).allMatch(p -> p >= 0);
    }

    private static Optional<Row> readRow(
            List<String> fields,
            int line,
            CsvDialect dialect,
            List<String> header,
            int[] positions,
            Indicator indicator,
            Map<String, Municipality> municipalities,
            FieldViolations all) {
        String row = "row " + line;
        FieldViolations violations = new FieldViolations();
        if (fields.size() != header.size()) {
            all.add(
                    row,
                    dialect == CsvDialect.RFC4180
                            ? text(
                                    "followup.columns-expected-put-decimal-comma",
                                    fields.size(),
                                    header.size(),
                                    String.join(",", header))
                            : text(
                                    "followup.columns-expected",
                                    fields.size(),
                                    header.size(),
                                    String.join(";", header)));
            return Optional.empty();
        }
        String yearText = fields.get(positions[YEAR_COLUMN]).trim();
        int year = 0;
        if (!YEAR.matcher(yearText).matches()) {
            violations.add(row + ": year", text("followup.not-a-year", yearText));
        } else {
            year = Integer.parseInt(yearText);
            ValueRules.checkYear(year, row + ": year", violations);
        }
        String municipalityText = fields.get(positions[MUNICIPALITY_COLUMN]).trim();
        String municipality = municipalityText.isEmpty() ? null : municipalityText;
        ValueRules.checkMunicipality(indicator, municipality, municipalities, row + ": municipality", violations);
        String genderText = fields.get(positions[GENDER_COLUMN]).trim();
        Gender gender = genderText.isEmpty() ? Gender.TOTAL : gender(genderText);
        if (gender == null) {
            violations.add(row + ": gender", text("followup.total-women-men-not", genderText));
        }
        if (gender != null) {
            ValueRules.checkGender(indicator, gender, row + ": gender", violations);
        }
        String valueText = fields.get(positions[VALUE_COLUMN]).trim();
        BigDecimal value = null;
        if (valueText.isEmpty()) {
            violations.add(row + ": value", text("common.required"));
        } else if (!NUMBER.matcher(valueText).matches()) {
            violations.add(row + ": value", text("followup.not-a-number", valueText));
        } else {
            value = new BigDecimal(valueText.replace(',', '.'));
            ValueRules.checkValue(value, row + ": value", violations);
        }
        if (!violations.isEmpty()) {
            all.addAll(violations);
            return Optional.empty();
        }
        return Optional.of(new Row(line, year, municipality, gender, value));
    }

    /** A gender by its code or its Swedish name (TOTAL or Totalt …), case aside; null when it is neither. */
    private static Gender gender(String text) {
        for (Gender gender : Gender.values()) {
            if (gender.code().equalsIgnoreCase(text) || gender.swedish().equalsIgnoreCase(text)) {
                return gender;
            }
        }
        return null;
    }

    /** The file of an indicator's values, in the format {@link #read} accepts and in the order given. */
    static String write(List<FollowUpDtos.ValueDto> values, CsvDialect dialect) {
        CsvTable csv = CsvTable.of(dialect, COLUMNS);
        values.forEach(v -> csv.row(v.year(), v.municipalityCode(), v.gender(), v.value()));
        return csv.toString();
    }

    static String plain(BigDecimal value) {
        return ValueRules.normalised(value).toPlainString();
    }
}
