package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** A mediation ended with its one outcome. */
public record MediationConcluded(
        CaseId caseId,
        ReferralId referralId,
        LocalDate concludedOn,
        MediationOutcome outcome,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return concludedOn;
    }
}
