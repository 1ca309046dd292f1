package se.samverkan.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The one place where JSON input is held to the API's rules, for every body and every field: a duplicate key is
 * refused instead of the last one silently winning; text may not carry control characters (tab and line breaks
 * excepted); dates and times are ISO strings, never numbers or arrays, and dates lie between 1900 and 2200.
 * Failures are {@link InvalidJsonValueException}s with the JSON path, mapped to 400 problems naming the field.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    /** Last, so that these deserializers win over the date and time ones of the JavaTimeModule Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(module());
    }

    /** Also used directly by unit tests. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("samverkan-strict-input");
        module.addDeserializer(String.class, new TextDeserializer());
        module.addDeserializer(
                LocalDate.class,
                new IsoDeserializer<>(
                        LocalDate.class,
                        LocalDate::parse,
                        InputRules.DATE_MESSAGE,
                        date -> InputRules.saneDate(date) ? null : InputRules.DATE_RANGE_MESSAGE));
        module.addDeserializer(
                LocalTime.class,
                new IsoDeserializer<>(LocalTime.class, LocalTime::parse, InputRules.TIME_MESSAGE, time -> null));
        module.addDeserializer(
                OffsetDateTime.class,
                new IsoDeserializer<>(
                        OffsetDateTime.class,
                        OffsetDateTime::parse,
                        InputRules.DATE_TIME_MESSAGE,
                        time -> InputRules.saneDate(time.toLocalDate()) ? null : InputRules.DATE_RANGE_MESSAGE));
        module.addDeserializer(
                Instant.class,
                new IsoDeserializer<>(
                        Instant.class,
                        Instant::parse,
                        InputRules.DATE_TIME_MESSAGE,
                        instant -> InputRules.saneDate(
                                        instant.atOffset(ZoneOffset.UTC).toLocalDate())
                                ? null
                                : InputRules.DATE_RANGE_MESSAGE));
        return module;
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && InputRules.hasControlCharacter(text)) {
                throw new InvalidJsonValueException(parser, String.class, InputRules.CONTROL_CHARACTER_MESSAGE);
            }
            return text;
        }
    }

    /** An ISO-8601 string only; {@code rule} answers a message when a parsed value is out of bounds. */
    static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;
        private final String formatMessage;
        private final Function<T, String> rule;

        IsoDeserializer(Class<T> type, Function<String, T> parse, String formatMessage, Function<T, String> rule) {
            super(type);
            this.parse = parse;
            this.formatMessage = formatMessage;
            this.rule = rule;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidJsonValueException(parser, handledType(), formatMessage);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null;
            }
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new InvalidJsonValueException(parser, handledType(), formatMessage);
            }
            String broken = rule.apply(value);
            if (broken != null) {
                throw new InvalidJsonValueException(parser, handledType(), broken);
            }
            return value;
        }
    }
}
