package org.casebook.domain.compliments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one compliment, its own small stream. Prints its raw value: Axon routes commands by {@code toString()}. */
public record ComplimentId(String value) {

    public ComplimentId {
        Identifiers.requireUuid(value);
    }

    public static ComplimentId random() {
        return new ComplimentId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ComplimentId of(String value) {
        return new ComplimentId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
