package org.casebook.domain.developmentgroup;

import org.casebook.domain.shared.NotFound;

/** A command names a meeting the group never recorded. The message says what kind of record, never an id. */
public class GroupRecordNotFound extends NotFound {

    public GroupRecordNotFound(String what) {
        super(what);
    }
}
