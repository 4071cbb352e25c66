package org.casebook.adapters.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads and writes dates and instants in the one form Casebook's JSON holds them without {@code DateTimeFormatter}.
 * jsr310's {@code InstantDeserializer} and {@code LocalDateDeserializer} parse with the formatter's general parser,
 * and {@code LocalDateSerializer} writes through {@code LocalDate.toString()}'s builder: a quarter of a bulk rebuild's
 * deserialising (ADR 0023), a tenth of the read models' samples and 6 % of the heap allocated in the mixed
 * workload (caseloads are mostly dates; ADR 0041). The form is the one {@code Instant.toString()} and
 * {@code LocalDate.toString()} write ({@code 2026-12-04T15:24:30.123Z}, {@code 2026-12-04}); it is read and written by
 * hand into and from the same value. Anything else (another form, an invalid date, a number, a year beyond 9999, a
 * field with its own {@code @JsonFormat}, dates written as timestamps) goes to jsr310's own (de)serializer, configured
 * as the mapper configures it, so what is read, written and refused is what jsr310 alone reads, writes and refuses.
 * That matters twice: stored events are forever, and idempotency keys compare a hash of the request's JSON across
 * restarts.
 */
public final class IsoDates {

    private IsoDates() {
    }

    public static SimpleModule module() {
        return new SimpleModule("casebook-iso-dates")
                .addDeserializer(Instant.class, new FastRead<>(InstantDeserializer.INSTANT, IsoDates::instant))
                .addDeserializer(LocalDate.class, new FastRead<>(LocalDateDeserializer.INSTANCE, IsoDates::date))
                .addSerializer(LocalDate.class, new FastWrite(LocalDateSerializer.INSTANCE));
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

    /** {@code yyyy-MM-dd} into {@code into}, as {@code LocalDate.toString()} writes it; false for a year beyond 0-9999. */
    static boolean write(LocalDate date, char[] into) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return false;
        }
        put(into, 0, year, 4);
        into[4] = '-';
        put(into, 5, date.getMonthValue(), 2);
        into[7] = '-';
        put(into, 8, date.getDayOfMonth(), 2);
        return true;
    }

    private static void put(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
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

    private static final class FastRead<T> extends JsonDeserializer<T> implements ContextualDeserializer {
        private final JsonDeserializer<T> general;
        private final Parse<T> parse;

        FastRead(JsonDeserializer<T> general, Parse<T> parse) {
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

        /**
         * jsr310's deserializer as the mapper and the property configure it (the HTTP mapper's strict leniency, say)
         * reads whatever the hand-made parse does not; a field with its own {@code @JsonFormat} is read by it alone.
         */
        @Override
        @SuppressWarnings("unchecked")
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<T> configured = general instanceof ContextualDeserializer contextual
                    ? (JsonDeserializer<T>) contextual.createContextual(context, property) : general;
            if (property != null && property.getAnnotation(JsonFormat.class) != null) {
                return configured;
            }
            return configured == general ? this : new FastRead<>(configured, parse);
        }

        @Override
        public Class<?> handledType() {
            return general.handledType();
        }
    }

    private static final class FastWrite extends JsonSerializer<LocalDate> implements ContextualSerializer {
        private final JsonSerializer<LocalDate> general;

        FastWrite(JsonSerializer<LocalDate> general) {
            this.general = general;
        }

        @Override
        public void serialize(LocalDate date, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            char[] text = new char[10];
            if (!provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) && write(date, text)) {
                generator.writeString(text, 0, 10);
            } else {
                general.serialize(date, generator, provider);
            }
        }

        /** A field with its own {@code @JsonFormat}, or a mapper-wide pattern for dates, is written by jsr310 alone. */
        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonFormat.Value format = provider.getConfig().getDefaultPropertyFormat(LocalDate.class);
            boolean ownFormat = (property != null && property.getAnnotation(JsonFormat.class) != null)
                    || format.hasPattern() || format.hasShape();
            if (ownFormat && general instanceof ContextualSerializer contextual) {
                return contextual.createContextual(provider, property);
            }
            return this;
        }

        @Override
        public Class<LocalDate> handledType() {
            return LocalDate.class;
        }
    }
}
