package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** The parent questioned the impartiality of the service [002 §4.4]. */
public record ImpartialityConcernRaised(
        CaseId caseId,
        ConcernId concernId,
        LocalDate raisedOn,
        @PersonalData String detail,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return raisedOn;
    }
}
