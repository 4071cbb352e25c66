package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one meeting a supporter helped a parent with. Prints its raw value: Axon routes commands by {@code toString()}. */
public record MeetingId(String value) {

    public MeetingId {
        Identifiers.requireUuid(value);
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
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
