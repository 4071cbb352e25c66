package org.casebook.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The authenticated person issuing a command and the server instant it arrived. Commands carry it so that the
 * domain never reads a clock and every event can say who recorded it and when.
 */
public record Actor(String username, StaffRole role, Instant at) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
    }

    public Recorded recorded() {
        return new Recorded(username, at);
    }

    public LocalDate today() {
        return ServiceCalendar.dateOf(at);
    }

    public boolean isVolunteer() {
        return role == StaffRole.VOLUNTEER;
    }

    /**
     * The volunteer-visibility rule, the one place it is written: a volunteer sees only what is theirs (the cases
     * they support, their own caseload); every other role sees everything its role may read.
     *
     * @param owner the username the thing belongs to (a case's supporter, a caseload's worker); may be null
     */
    public boolean maySee(String owner) {
        return !isVolunteer() || username.equals(owner);
    }
}
