package org.casebook.adapters.eventprocessing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates and instants of stored events without {@code DateTimeFormatter}, for a bulk rebuild only: a profile
 * of the rebuild found a quarter of deserialising spent in the formatter's general parser (jsr310's
 * {@code InstantDeserializer} and {@code LocalDateDeserializer}), for values the event store only ever holds in one
 * form, the one {@code Instant.toString()} and {@code LocalDate.toString()} write ({@code 2026-12-04T15:24:30.123Z},
 * {@code 2026-12-04}). That form is read here by hand into the same value; anything else (another form, an invalid
 * date, a number) goes to jsr310's own deserializer, so what is read, and what fails, is what the processors read.
 */
final class IsoDates {

    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("casebook-rebuild-iso-dates")
                .addDeserializer(Instant.class, new Fast<>(InstantDeserializer.INSTANT, IsoDates::instant))
                .addDeserializer(LocalDate.class, new Fast<>(LocalDateDeserializer.INSTANCE, IsoDates::date));
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with 0 to 9 fraction digits, or null for any other form. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = date(text.substring(0, 10));
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if (date == null || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second,
                    nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** {@code yyyy-MM-dd}, or null for any other form. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private interface Parse<T> {
        T parse(String text);
    }

    private static final class Fast<T> extends JsonDeserializer<T> implements ContextualDeserializer {
        private final JsonDeserializer<T> general;
        private final Parse<T> parse;

        Fast(JsonDeserializer<T> general, Parse<T> parse) {
            this.general = general;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                T value = parse.parse(parser.getText());
                if (value != null) {
                    return value;
                }
            }
            return general.deserialize(parser, context);
        }

        /** A field with its own {@code @JsonFormat} (none so far) is read by jsr310's deserializer, as configured. */
        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            if (property != null && property.getAnnotation(JsonFormat.class) != null
                    && general instanceof ContextualDeserializer contextual) {
                return contextual.createContextual(context, property);
            }
            return this;
        }

        @Override
        public Class<?> handledType() {
            return general.handledType();
        }
    }
}
