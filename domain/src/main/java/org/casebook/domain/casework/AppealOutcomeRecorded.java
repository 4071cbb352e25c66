package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * An appealable decision ended with its one outcome [000 §2.6, 001]. From then on its appeal deadline is no longer
 * due on the caseload.
 */
public record AppealOutcomeRecorded(
        CaseId caseId,
        DecisionId decisionId,
        LocalDate decidedOn,
        AppealOutcome outcome,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return decidedOn;
    }
}
