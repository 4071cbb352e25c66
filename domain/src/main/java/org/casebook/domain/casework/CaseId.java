package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies a case: one enquiry and all the casework that follows it. Prints its raw value: Axon routes commands by {@code toString()}. */
public record CaseId(String value) {

    public CaseId {
        Identifiers.requireUuid(value);
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static CaseId of(String value) {
        return new CaseId(value);
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
