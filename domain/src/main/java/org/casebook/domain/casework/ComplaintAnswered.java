package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The written response to a complaint was sent, possibly escalated beyond the service [002 §10]. */
public record ComplaintAnswered(
        CaseId caseId,
        ComplaintId complaintId,
        LocalDate respondedOn,
        boolean escalated,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return respondedOn;
    }
}
