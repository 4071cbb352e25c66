package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** A local-authority decision the parent may appeal was recorded, with the appeal deadline computed from it [001]. */
public record AppealableDecisionRecorded(
        CaseId caseId,
        DecisionId decisionId,
        AppealableDecisionKind kind,
        LocalDate effectiveOn,
        SenDecisionType decisionType,
        boolean conciliationUsed,
        LocalDate appealDeadline,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return effectiveOn;
    }
}
