package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/** A parent or carer gave informed consent; what it covers depends on its kind and recipient [002 §4.2, App. B]. */
public record ConsentGiven(
        CaseId caseId,
        ConsentId consentId,
        ConsentKind kind,
        LocalDate givenOn,
        ConsentGiver givenBy,
        ConsentMethod method,
        Recipient recipient,
        @PersonalData String recipientName,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return givenOn;
    }
}
