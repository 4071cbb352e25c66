package org.casebook.domain.casework;

/**
 * A command whose input cannot be accepted whatever the state of the case (a missing field, a date in the future).
 * The message names the field and the problem, never the value: values may be personal data.
 */
public class InvalidCaseCommand extends RuntimeException {

    private final String field;

    public InvalidCaseCommand(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
