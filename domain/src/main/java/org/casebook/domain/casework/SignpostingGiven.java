package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.casebook.domain.shared.Recorded;

/** The parent was given contact details of other organisations [002 §4.4, §8.25; 004]. */
public record SignpostingGiven(
        CaseId caseId,
        LocalDate givenOn,
        Set<Organisation> organisations,
        Recorded recorded) implements CaseEvent {

    public SignpostingGiven {
        organisations = EnumSets.copyOf(Organisation.class, organisations);
    }

    @Override
    public LocalDate occurredOn() {
        return givenOn;
    }
}
