package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** A consent stopped covering anything after the date it was withdrawn. */
public record ConsentWithdrawn(
        CaseId caseId,
        ConsentId consentId,
        LocalDate withdrawnOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return withdrawnOn;
    }
}
