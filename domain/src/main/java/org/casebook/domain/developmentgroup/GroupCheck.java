package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Input checks shared by the group's commands. Messages name the field, never echo the value. */
final class GroupCheck {

    static final int NAME_LENGTH = 200;
    static final int MOTION_LENGTH = 5_000;
    static final int REPORT_REF_LENGTH = 500;

    private GroupCheck() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidGroupCommand(field, "is required");
        }
        return value;
    }

    static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidGroupCommand(field, "is required");
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value != null && value.isBlank()) {
            throw new InvalidGroupCommand(field, "must not be blank; leave it out instead");
        }
        if (value != null && value.length() > maxLength) {
            throw new InvalidGroupCommand(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** A copy of a list of ids that must hold no null and no repeat; null reads as empty. */
    static <T> List<T> distinct(String field, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        // Not values.contains(null): immutable collections (List.of) throw NullPointerException on it.
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidGroupCommand(field, "must not contain null");
        }
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(value)) {
                throw new InvalidGroupCommand(field, "names the same member more than once");
            }
        }
        return List.copyOf(values);
    }

    /** Staff record the group's business after the fact, never before: judged in Europe/London. */
    static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidGroupCommand(field, "must not be in the future");
        }
    }
}
