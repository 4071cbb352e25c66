package org.casebook.adapters.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Request bodies' strings may not hold the NUL character. Before this, a Development Group member named with one
 * was accepted (201) and stored in its event, though PostgreSQL refuses NUL in every text column a read model copies
 * such a value into. Refused at the door instead, as 400 naming the field (registered on the HTTP mapper only, never
 * on the event store's).
 */
final class NoNulStrings extends StringDeserializer {

    static SimpleModule module() {
        return new SimpleModule("NoNulStrings").addDeserializer(String.class, new NoNulStrings());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            throw JsonMappingException.from(parser, "must not contain the NUL character");
        }
        return value;
    }
}
