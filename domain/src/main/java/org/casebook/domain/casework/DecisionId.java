package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one appealable local-authority decision recorded on a case. Prints its raw value: Axon routes commands by {@code toString()}. */
public record DecisionId(String value) {

    public DecisionId {
        Identifiers.requireUuid(value);
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static DecisionId of(String value) {
        return new DecisionId(value);
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
