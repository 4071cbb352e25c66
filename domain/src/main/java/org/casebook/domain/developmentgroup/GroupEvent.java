package org.casebook.domain.developmentgroup;

import org.casebook.domain.shared.Recorded;

/**
 * Something recorded in the Development Group's minutes. Events are stored for ever as readable JSON: change a
 * shape only with a new revision and an upcaster. Each carries who recorded it and when.
 */
public interface GroupEvent {

    Recorded recorded();
}
