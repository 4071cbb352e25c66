package org.casebook.domain.casework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import org.casebook.domain.shared.Identifiers;

/** Identifies one referral to mediation, which receives at most one outcome. Prints its raw value: Axon routes commands by {@code toString()}. */
public record ReferralId(String value) {

    public ReferralId {
        Identifiers.requireUuid(value);
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(value);
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
