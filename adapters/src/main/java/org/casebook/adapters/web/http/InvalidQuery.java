package org.casebook.adapters.web.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.casebook.adapters.problems.Problems;

/** A query parameter that cannot be read: 400 naming the parameter, never echoing its value. */
public class InvalidQuery extends RuntimeException {

    private final String field;

    public InvalidQuery(String field, String message) {
        super(message);
        this.field = field;
    }

    /** A yyyy-MM-dd query parameter, or 400 naming it. */
    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new InvalidQuery(field, "must be a date (yyyy-MM-dd)");
        }
    }

    public List<Problems.FieldError> errors() {
        return List.of(new Problems.FieldError(field, getMessage()));
    }
}
