package se.samverkan.forum.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes RFC 5545 calendars by hand: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
 * TEXT values escaped. Times are UTC; a meeting whose time is not known is an all-day event (VALUE=DATE).
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_OCTETS = 75;

    /** One VEVENT; {@code start} null means all day on {@code date}. */
    record Event(
            String uid,
            Instant stamp,
            long sequence,
            LocalDate date,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            String url) {}

    private ICalendar() {}

    static String calendar(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Samverkan//Forum meetings//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC.format(event.stamp()));
            line(out, "SEQUENCE:" + event.sequence());
            if (event.start() != null) {
                line(out, "DTSTART:" + UTC.format(event.start()));
                if (event.end() != null) {
                    line(out, "DTEND:" + UTC.format(event.end()));
                }
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            }
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            if (event.location() != null) {
                line(out, "LOCATION:" + escape(event.location()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends one content line, folded so that no physical line exceeds 75 octets (the leading space included). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
