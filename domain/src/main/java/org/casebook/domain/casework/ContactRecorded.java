package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The parent had a further contact with the service; contacts drive the evaluation schedule [002 §10]. */
public record ContactRecorded(
        CaseId caseId,
        LocalDate contactOn,
        Channel channel,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return contactOn;
    }
}
