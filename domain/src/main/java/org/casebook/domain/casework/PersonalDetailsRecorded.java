package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** Personal details of the parent and child were recorded, with record-keeping consent [002 §5.8 level 2]. Replaces earlier details. */
public record PersonalDetailsRecorded(
        CaseId caseId,
        ParentDetails parent,
        ChildDetails child,
        LocalDate recordedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return recordedOn;
    }
}
