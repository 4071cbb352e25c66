package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** A closed case was opened again. */
public record CaseReopened(
        CaseId caseId,
        LocalDate reopenedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return reopenedOn;
    }
}
