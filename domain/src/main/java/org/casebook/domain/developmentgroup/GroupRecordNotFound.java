package org.casebook.domain.developmentgroup;

/** A command names a meeting the group never recorded. The message says what kind of record, never an id. */
public class GroupRecordNotFound extends RuntimeException {

    public GroupRecordNotFound(String what) {
        super(what + " not found");
    }
}
