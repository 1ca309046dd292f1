package se.samverkan.common.csv;

import static se.samverkan.common.problem.Text.text;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import se.samverkan.common.problem.ProblemException;

/**
 * The two CSV variants the API reads and writes: RFC 4180 (comma, decimal point) and what Swedish Excel opens and
 * saves (semicolon, decimal comma, a UTF-8 byte order mark so that Excel does not guess Windows-1252).
 */
public enum CsvDialect {
    RFC4180("rfc4180", ',', '.', false),
    EXCEL_SV("excel-sv", ';', ',', true);

    /** The query parameter that chooses the dialect, with its values for the API documentation. */
    public static final String PARAMETER = "dialect";

    public static final String DESCRIPTION = "rfc4180 (default), for programs: comma separated, decimal point, the "
            + "machine column names and codes (e.g. gender WOMEN); excel-sv, for people: semicolon separated, decimal "
            + "comma, UTF-8 with a byte order mark, as Swedish Excel opens and saves it, with Swedish column names and "
            + "codes (e.g. Kön: Kvinnor)";

    private final String name;
    private final char delimiter;
    private final char decimalSeparator;
    private final boolean byteOrderMark;
    private final CSVFormat format;

    CsvDialect(String name, char delimiter, char decimalSeparator, boolean byteOrderMark) {
        this.name = name;
        this.delimiter = delimiter;
        this.decimalSeparator = decimalSeparator;
        this.byteOrderMark = byteOrderMark;
        this.format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setRecordSeparator("\r\n")
                .get();
    }

    /** The dialect a query parameter names; none means RFC 4180. */
    public static CsvDialect of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return RFC4180;
        }
        String wanted = parameter.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.name.equals(wanted))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(PARAMETER, text("common.rfc4180-excel-sv")));
    }

    public String parameterValue() {
        return name;
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Whether people read this variant: the Swedish-Excel one has Swedish column names and codes ({@link Column},
     * {@link Code}); RFC 4180 is for programs and keeps the machine names and codes.
     */
    public boolean forPeople() {
        return this == EXCEL_SV;
    }

    CSVFormat format() {
        return format;
    }
}
