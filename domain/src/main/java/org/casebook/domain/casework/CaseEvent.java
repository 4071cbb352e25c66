package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * Something that happened on a case. Events are stored for ever as readable JSON: change a shape only with a new
 * revision and an upcaster. Each carries the date it happened and, separately, who recorded it and when.
 */
public interface CaseEvent {

    CaseId caseId();

    /** The day the action took place, which staff may record later. */
    LocalDate occurredOn();

    Recorded recorded();
}
