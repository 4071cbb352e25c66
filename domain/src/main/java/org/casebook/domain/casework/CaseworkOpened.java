package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The case became level 2 casework: the first personal details were recorded with consent [002 §5.8]. */
public record CaseworkOpened(
        CaseId caseId,
        LocalDate openedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return openedOn;
    }
}
