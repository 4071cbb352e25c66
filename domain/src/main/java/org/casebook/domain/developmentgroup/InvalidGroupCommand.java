package org.casebook.domain.developmentgroup;

/**
 * A Development Group command whose input cannot be accepted: a missing field, a date in the future, a member id
 * that names nobody. The message names the field and the problem, never the value: a member's name is personal
 * data and a motion is free text.
 */
public class InvalidGroupCommand extends RuntimeException {

    private final String field;

    public InvalidGroupCommand(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
