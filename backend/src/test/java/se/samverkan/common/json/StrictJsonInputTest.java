package se.samverkan.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON input rules on a mapper set up like the application's: the Java time module first, ours last. */
class StrictJsonInputTest {

    record Nested(String title) {}

    record Sample(String title, List<String> items, LocalDate date, LocalTime time, List<Nested> nested) {}

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJsonInput().customize(mapper);
        return mapper;
    }

    private InvalidJsonValueException refused(String json) {
        return assertThrows(InvalidJsonValueException.class, () -> mapper.readValue(json, Sample.class));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining())
                .substring(1);
    }

    @Test
    void textKeepsTabsAndLineBreaks() throws Exception {
        Sample sample = mapper.readValue("{\"title\":\"a\\tb\\r\\nc\",\"items\":[\"x\\ny\"]}", Sample.class);
        assertEquals("a\tb\r\nc", sample.title());
        assertEquals(List.of("x\ny"), sample.items());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085"})
    void controlCharactersAreRefusedWithThePath(String escaped) {
        InvalidJsonValueException e = refused("{\"title\":\"a" + escaped + "b\"}");
        assertEquals("title", path(e));
        assertEquals(InputRules.CONTROL_CHARACTER_MESSAGE, e.fieldMessageKey());
        assertEquals("items[1]", path(refused("{\"items\":[\"ok\",\"a" + escaped + "\"]}")));
        assertEquals("nested[0].title", path(refused("{\"nested\":[{\"title\":\"" + escaped + "\"}]}")));
    }

    @Test
    void datesAreIsoStringsWithinBounds() throws Exception {
        assertEquals(
                LocalDate.of(2024, 3, 16),
                mapper.readValue("{\"date\":\"2024-03-16\"}", Sample.class).date());
        assertEquals(
                LocalDate.of(1900, 1, 1),
                mapper.readValue("{\"date\":\"1900-01-01\"}", Sample.class).date());
        assertEquals(
                LocalDate.of(2200, 12, 31),
                mapper.readValue("{\"date\":\"2200-12-31\"}", Sample.class).date());
        for (String date : List.of("0000-06-15", "-0001-06-15", "+99999-06-15", "1899-12-31", "2201-01-01")) {
            InvalidJsonValueException e = refused("{\"date\":\"" + date + "\"}");
            assertEquals("date", path(e));
            assertEquals(InputRules.DATE_RANGE_MESSAGE, e.fieldMessageKey(), date);
        }
        for (String notAString : List.of("20240316", "[2024,3,16]", "true", "{\"year\":2024}")) {
            assertEquals(
                    InputRules.DATE_MESSAGE,
                    refused("{\"date\":" + notAString + "}").fieldMessageKey(),
                    notAString);
        }
        assertEquals(
                InputRules.DATE_MESSAGE, refused("{\"date\":\"2024-13-45\"}").fieldMessageKey());
    }

    @Test
    void timesAreIsoStrings() throws Exception {
        assertEquals(
                LocalTime.of(9, 30),
                mapper.readValue("{\"time\":\"09:30\"}", Sample.class).time());
        assertEquals(InputRules.TIME_MESSAGE, refused("{\"time\":720}").fieldMessageKey());
        assertEquals(InputRules.TIME_MESSAGE, refused("{\"time\":[9,30]}").fieldMessageKey());
        assertEquals(InputRules.TIME_MESSAGE, refused("{\"time\":\"25:00\"}").fieldMessageKey());
    }

    @Test
    void aDuplicateKeyIsRefusedAtAnyDepth() {
        StreamReadException top = assertThrows(
                StreamReadException.class, () -> mapper.readValue("{\"title\":\"a\",\"title\":\"b\"}", Sample.class));
        assertEquals("title", se.samverkan.common.problem.ProblemMappersProbe.duplicateKey(top));
        JsonProcessingException nested = assertThrows(
                JsonProcessingException.class,
                () -> mapper.readValue(
                        "{\"nested\":[{\"title\":\"a\"},{\"title\":\"a\",\"title\":\"b\"}]}", Sample.class));
        assertEquals("nested[1].title", se.samverkan.common.problem.ProblemMappersProbe.duplicateKey(nested));
    }
}
