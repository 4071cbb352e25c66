package org.casebook.domain.developmentgroup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one member of the Development Group. Prints its raw value, like every Casebook id. */
public record MemberId(String value) {

    public MemberId {
        Identifiers.requireUuid(value);
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static MemberId of(String value) {
        return new MemberId(value);
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
