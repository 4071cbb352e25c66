package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/**
 * A complaint about the service arrived; a written response is due within 5 working days [002 §10].
 *
 * <p>Revision 2 records how many working days the service allowed, so that a later change of the promise cannot
 * make old due dates look wrong. Revision 1 events (without it) are upcast with the 5 days then in force.
 */
@Revision("2")
public record ComplaintReceived(
        CaseId caseId,
        ComplaintId complaintId,
        LocalDate receivedOn,
        @PersonalData String summary,
        int workingDaysToRespond,
        LocalDate responseDueOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return receivedOn;
    }
}
