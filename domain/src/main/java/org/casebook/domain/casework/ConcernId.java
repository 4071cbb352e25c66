package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one occasion on which a parent questioned the service's impartiality. Prints its raw value: Axon routes commands by {@code toString()}. */
public record ConcernId(String value) {

    public ConcernId {
        Identifiers.requireUuid(value);
    }

    public static ConcernId random() {
        return new ConcernId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ConcernId of(String value) {
        return new ConcernId(value);
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
