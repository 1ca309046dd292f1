package se.samverkan.common.json;

import java.time.LocalDate;
import java.util.UUID;

/** What every text and date a client sends must satisfy, wherever it arrives (JSON body, query or path). */
public final class InputRules {

    /** Sane bounds for any calendar date in this domain: agreements, meetings and follow-up live well inside them. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2200, 12, 31);

    /** An id sent as text (query parameters that name a resource), checked before it is parsed. */
    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** The id of a parameter already checked against {@link #UUID_PATTERN}; none for an absent one. */
    public static UUID uuid(String checked) {
        return checked == null ? null : UUID.fromString(checked);
    }

    // Message keys of i18n/problems.properties (common/problem renders them; this package does not depend on it).
    public static final String CONTROL_CHARACTER_MESSAGE = "field.control-characters";
    public static final String DATE_MESSAGE = "field.date";
    public static final String DATE_RANGE_MESSAGE = "field.date-range";
    public static final String TIME_MESSAGE = "field.time";
    public static final String DATE_TIME_MESSAGE = "field.date-time";

    private InputRules() {}

    /**
     * True when the text holds a control character other than tab, line feed and carriage return: NUL cannot be
     * stored in PostgreSQL text, and the others have no place in what people write.
     */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    public static boolean saneDate(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}
