package org.casebook.domain.shared;

import java.util.UUID;

/** Every identifier is a server-generated UUID; anything else cannot name a record and is refused early. */
public final class Identifiers {

    private Identifiers() {
    }

    public static void requireUuid(String value) {
        if (value == null || value.length() != 36) {
            throw new IllegalArgumentException("not an identifier");
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            // UUID's own message quotes the input; ours does not.
            throw new IllegalArgumentException("not an identifier");
        }
    }
}
