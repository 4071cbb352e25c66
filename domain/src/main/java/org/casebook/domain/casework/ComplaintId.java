package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one complaint about the service, which must be answered. Prints its raw value: Axon routes commands by {@code toString()}. */
public record ComplaintId(String value) {

    public ComplaintId {
        Identifiers.requireUuid(value);
    }

    public static ComplaintId random() {
        return new ComplaintId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
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
