package se.samverkan.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.support.DemoUser.ANONYMOUS;
import static se.samverkan.support.DemoUser.COORDINATOR_VASTMANLAND;
import static se.samverkan.support.DemoUser.MEMBER_VASTERAS;
import static se.samverkan.support.Forums.MEETINGS;
import static se.samverkan.support.Forums.PATH;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.demo.DemoDataLoader;
import se.samverkan.support.DemoUser;
import se.samverkan.support.Forums;

/**
 * The iCal feeds are parsed back as RFC 5545 says: CRLF lines of at most 75 octets, folded with a space, UTF-8 never
 * split, TEXT escaped; VCALENDAR with VERSION and PRODID; VEVENTs with UID, DTSTAMP, DTSTART/DTEND in UTC.
 */
@QuarkusTest
class CalendarTest {

    private static final String TITLE =
            "Möte om bosättning, del 1; särskilt fokus\\\"Framtid\"\noch en ny rad – med ett långt tillägg om "
                    + "ensamkommande barn, asylsökande och nyanlända i länet så att raden måste vikas flera gånger";

    @Test
    void aForumFeedIsValidAndHoldsOnlyPublicInformationForThePublic() {
        String forum = Forums.withMembers(COORDINATOR_VASTMANLAND, "19", "REGIONAL", "vasteras-stad");
        Map<String, Object> winter = Forums.meeting(LocalDate.of(2027, 1, 14));
        winter.put("title", TITLE);
        winter.put("location", "Länsstyrelsen, Stora Gatan 1; Västerås");
        String winterMeeting = create(forum, winter);
        Forums.addAgendaItem(
                COORDINATOR_VASTMANLAND,
                winterMeeting,
                "Lägesrapporter sammanställda av Länsstyrelsen",
                "STATUS_REPORT");
        Forums.addAgendaItem(COORDINATOR_VASTMANLAND, winterMeeting, "Arbetande fördjupning", "DEEP_DIVE");
        String summerMeeting = create(forum, Forums.meeting(LocalDate.of(2027, 6, 10)));

        String forumName = DemoUser.ADMIN.request().get(PATH + "/" + forum).path("name");
        Calendar publicFeed = fetch(ANONYMOUS, PATH + "/" + forum + "/calendar.ics");
        assertEquals(forumName, publicFeed.properties.get("X-WR-CALNAME"));
        assertEquals(2, publicFeed.events.size());
        Map<String, String> first = publicFeed.event("meeting-" + winterMeeting + "@samverkan");
        assertEquals("20270114T083000Z", first.get("DTSTART"), "09:30 in Stockholm in winter is 08:30 UTC");
        assertEquals("20270114T110000Z", first.get("DTEND"));
        assertEquals(forumName + ": " + TITLE, first.get("SUMMARY"), "text survives escaping and folding");
        assertEquals("Länsstyrelsen, Stora Gatan 1; Västerås", first.get("LOCATION"));
        assertEquals(
                "1. Lägesrapporter sammanställda av Länsstyrelsen\n2. Arbetande fördjupning", first.get("DESCRIPTION"));
        assertFalse(first.containsKey("URL"), "the online link is not public");
        assertEquals("0", first.get("SEQUENCE"));
        Map<String, String> second = publicFeed.event("meeting-" + summerMeeting + "@samverkan");
        assertEquals("20270610T073000Z", second.get("DTSTART"), "09:30 in Stockholm in summer is 07:30 UTC");

        Calendar internalFeed = fetch(MEMBER_VASTERAS, PATH + "/" + forum + "/calendar.ics");
        assertEquals(
                "https://meet.example.se/samrad",
                internalFeed.event("meeting-" + winterMeeting + "@samverkan").get("URL"));

        Calendar single = fetch(ANONYMOUS, MEETINGS + "/" + summerMeeting + "/calendar.ics");
        assertEquals(1, single.events.size());
        assertEquals(second.get("DTSTART"), single.events.get(0).get("DTSTART"));
    }

    @Test
    void aMeetingWhoseTimeIsNotKnownIsAnAllDayEvent() {
        Calendar feed = fetch(
                ANONYMOUS, MEETINGS + "/" + DemoDataLoader.meetingId("migrationsradet-2018-03-16") + "/calendar.ics");
        Map<String, String> event = feed.events.get(0);
        assertEquals("20180316", event.get("DTSTART;VALUE=DATE"));
        assertEquals("20180317", event.get("DTEND;VALUE=DATE"));
        assertEquals("Migrationsrådet", event.get("SUMMARY"));
        assertTrue(event.get("DESCRIPTION").contains("2. Lägesbild Västerbotten"));
    }

    @Test
    void changesRaiseTheSequence() {
        String forum = Forums.create(COORDINATOR_VASTMANLAND, Forums.input("19", "LOCAL"));
        String meeting = create(forum, Forums.meeting(LocalDate.of(2027, 2, 1)));
        COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Forums.meeting(LocalDate.of(2027, 2, 2)))
                .put(MEETINGS + "/" + meeting)
                .then()
                .statusCode(200);
        Map<String, String> event = fetch(ANONYMOUS, MEETINGS + "/" + meeting + "/calendar.ics")
                .events
                .get(0);
        assertEquals("1", event.get("SEQUENCE"));
        assertEquals("20270202T083000Z", event.get("DTSTART"));
    }

    // ---- a small RFC 5545 reader --------------------------------------------------------------

    private record Calendar(Map<String, String> properties, List<Map<String, String>> events) {
        Map<String, String> event(String uid) {
            return events.stream()
                    .filter(e -> uid.equals(e.get("UID")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no VEVENT " + uid));
        }
    }

    private static String create(String forum, Map<String, Object> body) {
        return COORDINATOR_VASTMANLAND
                .request()
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH + "/" + forum + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Calendar fetch(DemoUser user, String path) {
        var response = user.request().get(path).then().statusCode(200).extract();
        assertTrue(response.contentType().startsWith("text/calendar"), response.contentType());
        assertTrue(response.contentType().contains("charset=utf-8"), response.contentType());
        return parse(response.asByteArray());
    }

    private static Calendar parse(byte[] bytes) {
        List<String> physical = physicalLines(bytes);
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                assertFalse(logical.isEmpty(), "a continuation line starts the calendar");
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        assertEquals("BEGIN:VCALENDAR", logical.get(0));
        assertEquals("END:VCALENDAR", logical.get(logical.size() - 1));
        Map<String, String> calendar = new LinkedHashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : logical.subList(1, logical.size() - 1)) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "a content line has a name and a value: " + line);
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            assertTrue(name.matches("[A-Z-]+(;[A-Z-]+=[A-Z-]+)*"), "property name " + name);
            if (line.equals("BEGIN:VEVENT")) {
                assertEquals(null, event, "VEVENTs do not nest");
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                assertNotNull(event, "END:VEVENT without BEGIN");
                for (String required : List.of("UID", "DTSTAMP", "SUMMARY")) {
                    assertTrue(event.containsKey(required), "VEVENT without " + required);
                }
                assertTrue(event.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), "DTSTAMP in UTC");
                if (event.containsKey("DTSTART")) {
                    assertTrue(event.get("DTSTART").matches("\\d{8}T\\d{6}Z"), "DTSTART in UTC");
                    assertTrue(
                            !event.containsKey("DTEND") || event.get("DTEND").matches("\\d{8}T\\d{6}Z"),
                            "DTEND in UTC");
                } else {
                    assertTrue(event.get("DTSTART;VALUE=DATE").matches("\\d{8}"), "an all-day DTSTART");
                }
                events.add(event);
                event = null;
            } else {
                (event == null ? calendar : event)
                        .put(name, name.equals("URL") || name.startsWith("DT") ? value : unescape(value));
            }
        }
        assertEquals(null, event, "an unterminated VEVENT");
        assertEquals("2.0", calendar.get("VERSION"));
        assertNotNull(calendar.get("PRODID"));
        return new Calendar(calendar, events);
    }

    /** Splits at CRLF only (a bare CR or LF fails), checks 75 octets per line, and decodes each line as strict UTF-8. */
    private static List<String> physicalLines(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at octet " + i);
                int end = i - 1;
                assertTrue(end - start <= 75, "a line longer than 75 octets: " + (end - start));
                lines.add(decode(bytes, start, end));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "a bare CR at octet " + i);
            }
        }
        assertEquals(bytes.length, start, "the last line ends with CRLF");
        return lines;
    }

    private static String decode(byte[] bytes, int start, int end) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("a line splits a UTF-8 character", e);
        }
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertTrue(c != ',' && c != ';', "an unescaped " + c + " in " + value);
                text.append(c);
            }
        }
        return text.toString();
    }
}
