package se.samverkan.followup.indicator;

import static se.samverkan.common.problem.Text.text;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * separator is a semicolon and the decimal comma needs no quotes.
 */
final class ValuesCsv {

    static final List<String> HEADER = List.of("year", "municipality", "gender", "value");
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
            InputStream body, CsvDialect dialect, Indicator indicator, Map<String, Municipality> municipalities) {
        FieldViolations violations = new FieldViolations();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean[] headerRead = {false};
        boolean[] anyRow = {false};
        CsvReader.read(body, dialect, HEADER, violations, record -> {
            if (record.isBlank()) {
                return;
            }
            if (!headerRead[0]) {
                headerRead[0] = true;
                List<String> header = record.cells().stream()
                        .map(h -> h.trim().toLowerCase(Locale.ROOT))
                        .toList();
                if (record.number() != 1 || !header.equals(HEADER)) {
                    violations.add(
                            "row " + record.number() + ": header",
                            text("followup.header-must-be", String.join(",", HEADER)));
                }
                return;
            }
            anyRow[0] = true;
            int line = (int) record.number();
            if (!record.clean()) {
                return;
            }
            readRow(record.cells(), line, dialect, indicator, municipalities, violations)
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

    private static Optional<Row> readRow(
            List<String> fields,
            int line,
            CsvDialect dialect,
            Indicator indicator,
            Map<String, Municipality> municipalities,
            FieldViolations all) {
        String row = "row " + line;
        FieldViolations violations = new FieldViolations();
        if (fields.size() != HEADER.size()) {
            all.add(
                    row,
                    dialect == CsvDialect.RFC4180
                            ? text(
                                    "followup.columns-expected-put-decimal-comma",
                                    fields.size(),
                                    HEADER.size(),
                                    String.join(",", HEADER))
                            : text(
                                    "followup.columns-expected",
                                    fields.size(),
                                    HEADER.size(),
                                    String.join(";", HEADER)));
            return Optional.empty();
        }
        String yearText = fields.get(0).trim();
        int year = 0;
        if (!YEAR.matcher(yearText).matches()) {
            violations.add(row + ": year", text("followup.not-a-year", yearText));
        } else {
            year = Integer.parseInt(yearText);
            ValueRules.checkYear(year, row + ": year", violations);
        }
        String municipality =
                fields.get(1).trim().isEmpty() ? null : fields.get(1).trim();
        ValueRules.checkMunicipality(indicator, municipality, municipalities, row + ": municipality", violations);
        String genderText = fields.get(2).trim().toUpperCase(Locale.ROOT);
        Gender gender = null;
        if (genderText.isEmpty()) {
            gender = Gender.TOTAL;
        } else {
            try {
                gender = Gender.valueOf(genderText);
            } catch (IllegalArgumentException e) {
                violations.add(
                        row + ": gender",
                        text("followup.total-women-men-not", fields.get(2).trim()));
            }
        }
        if (gender != null) {
            ValueRules.checkGender(indicator, gender, row + ": gender", violations);
        }
        String valueText = fields.get(3).trim();
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

    /** The file of an indicator's values, in the format {@link #read} accepts and in the order given. */
    static String write(List<FollowUpDtos.ValueDto> values, CsvDialect dialect) {
        CsvTable csv = new CsvTable(dialect, HEADER);
        values.forEach(v -> csv.row(v.year(), v.municipalityCode(), v.gender().name(), v.value()));
        return csv.toString();
    }

    static String plain(BigDecimal value) {
        return ValueRules.normalised(value).toPlainString();
    }
}
