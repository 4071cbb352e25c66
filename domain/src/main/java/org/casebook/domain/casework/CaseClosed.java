package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** The casework ended. A closed case takes nothing but a reopening. */
public record CaseClosed(
        CaseId caseId,
        LocalDate closedOn,
        @PersonalData String reason,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return closedOn;
    }
}
