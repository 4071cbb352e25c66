package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/**
 * The parent was still dissatisfied after the written response, and the complaint was passed to the Head of the
 * Learner and Family Support Branch [002 §10]. Recorded at most once per complaint, and only after its response.
 */
public record ComplaintEscalated(
        CaseId caseId,
        ComplaintId complaintId,
        LocalDate escalatedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return escalatedOn;
    }
}
