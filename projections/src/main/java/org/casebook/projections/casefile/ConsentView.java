package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.ConsentGiver;
import org.casebook.domain.casework.ConsentKind;
import org.casebook.domain.casework.ConsentMethod;
import org.casebook.domain.casework.Recipient;
import org.casebook.domain.shared.PersonalData;

public record ConsentView(
        String consentId,
        ConsentKind kind,
        Recipient recipient,
        @PersonalData String recipientName,
        ConsentGiver givenBy,
        ConsentMethod method,
        LocalDate givenOn,
        LocalDate withdrawnOn) {

    ConsentView withdrawnOn(LocalDate date) {
        return new ConsentView(consentId, kind, recipient, recipientName, givenBy, method, givenOn, date);
    }
}
