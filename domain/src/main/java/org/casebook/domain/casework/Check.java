package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** Input checks shared by the commands. Messages name the field, never echo the value. */
final class Check {

    static final int LONG_TEXT = 20_000;
    static final int SHORT_TEXT = 500;

    private Check() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidCaseCommand(field, "is required");
        }
        return value;
    }

    static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseCommand(field, "is required");
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidCaseCommand(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    static <C extends Collection<?>> C notEmpty(String field, C values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidCaseCommand(field, "must name at least one value");
        }
        // Not values.contains(null): immutable collections (Set.of, List.of) throw NullPointerException on it.
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCaseCommand(field, "must not contain null");
        }
        return values;
    }

    /**
     * Plymouth's service has run "since 1994" (seed 002 §1.11), when Parent Partnership Services began; no case
     * action can be older. The bound also keeps the working-day calendar, which knows bank holidays from 1978, on
     * dates it can count.
     */
    static final LocalDate SERVICES_BEGAN = LocalDate.of(1994, 1, 1);

    /** A date of casework: after the fact, never before, and never before the service existed. */
    static void onServiceDate(String field, LocalDate date, LocalDate today) {
        notInFuture(field, date, today);
        if (date != null && date.isBefore(SERVICES_BEGAN)) {
            throw new InvalidCaseCommand(field, "must not be before 1994, when Parent Partnership Services began");
        }
    }

    /** Staff record actions after the fact, never before: a date beyond today in Europe/London is a typing error. */
    static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidCaseCommand(field, "must not be in the future");
        }
    }
}
