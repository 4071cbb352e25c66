package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * A mediation certificate was issued for an appealable decision (CFA 2014 s.55), and the appeal deadline was
 * recomputed from it. On a placement-only appeal, which needs no certificate, it is kept but moves nothing
 * ({@code certificateNeeded} false, both deadlines equal).
 */
public record MediationCertificateRecorded(
        CaseId caseId,
        DecisionId decisionId,
        LocalDate issuedOn,
        boolean certificateNeeded,
        LocalDate previousAppealDeadline,
        LocalDate appealDeadline,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return issuedOn;
    }

    public boolean deadlineMoved() {
        return !appealDeadline.equals(previousAppealDeadline);
    }
}
