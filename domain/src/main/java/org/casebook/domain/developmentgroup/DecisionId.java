package org.casebook.domain.developmentgroup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one decision the Development Group took at a meeting. Prints its raw value, like every Casebook id. */
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
