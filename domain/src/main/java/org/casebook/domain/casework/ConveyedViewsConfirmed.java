package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The parent confirmed that the views conveyed for them at a meeting were theirs [002 §4.6, App. A 5]. */
public record ConveyedViewsConfirmed(
        CaseId caseId,
        MeetingId meetingId,
        LocalDate confirmedOn,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return confirmedOn;
    }
}
