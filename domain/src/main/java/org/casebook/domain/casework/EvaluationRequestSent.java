package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The 6-monthly evaluation form was sent to the parent [002 §10]. */
public record EvaluationRequestSent(
        CaseId caseId,
        LocalDate sentOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return sentOn;
    }
}
