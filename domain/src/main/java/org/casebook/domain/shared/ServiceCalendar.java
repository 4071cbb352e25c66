package org.casebook.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The service works in English civil time: "today" and "in the future" are judged in Europe/London, whatever the server's zone. */
public final class ServiceCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ServiceCalendar() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
