package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * A subject access request arrived; UK GDPR gives the service one month to answer it (Art. 12(3)): the same day of
 * the next month, or its last day when the next month is shorter.
 */
public record SubjectAccessRequested(
        CaseId caseId,
        LocalDate receivedOn,
        LocalDate dueOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return receivedOn;
    }
}
