package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one consent a parent or carer gave, so that it can later be withdrawn by reference. Prints its raw value: Axon routes commands by {@code toString()}. */
public record ConsentId(String value) {

    public ConsentId {
        Identifiers.requireUuid(value);
    }

    public static ConsentId random() {
        return new ConsentId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ConsentId of(String value) {
        return new ConsentId(value);
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
