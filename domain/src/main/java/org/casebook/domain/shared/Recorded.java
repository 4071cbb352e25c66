package org.casebook.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who recorded an event and when, by the server's clock. Kept apart from the date the action happened,
 * because staff often record an action days after it took place.
 */
public record Recorded(String by, Instant at) {

    public Recorded {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public LocalDate on() {
        return ServiceCalendar.dateOf(at);
    }
}
