package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one disclosure of information outside the service. Prints its raw value: Axon routes commands by {@code toString()}. */
public record SharingId(String value) {

    public SharingId {
        Identifiers.requireUuid(value);
    }

    public static SharingId random() {
        return new SharingId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static SharingId of(String value) {
        return new SharingId(value);
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
