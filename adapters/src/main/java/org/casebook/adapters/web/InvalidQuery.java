package org.casebook.adapters.web;

import java.util.List;
import org.casebook.adapters.problems.Problems;

/** A query parameter that cannot be read: 400 naming the parameter, never echoing its value. */
public class InvalidQuery extends RuntimeException {

    private final String field;

    public InvalidQuery(String field, String message) {
        super(message);
        this.field = field;
    }

    public List<Problems.FieldError> errors() {
        return List.of(new Problems.FieldError(field, getMessage()));
    }
}
