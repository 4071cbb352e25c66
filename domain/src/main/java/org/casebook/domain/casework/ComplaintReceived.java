package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** A complaint about the service arrived; a written response is due within 5 working days [002 §10]. */
public record ComplaintReceived(
        CaseId caseId,
        ComplaintId complaintId,
        LocalDate receivedOn,
        @PersonalData String summary,
        LocalDate responseDueOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return receivedOn;
    }
}
