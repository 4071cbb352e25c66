package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record a consent the parent or carer gave. */
public record GiveConsent(
        @TargetAggregateIdentifier CaseId caseId,
        ConsentId consentId,
        ConsentKind kind,
        LocalDate givenOn,
        ConsentGiver givenBy,
        ConsentMethod method,
        Recipient recipient,
        String recipientName,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public GiveConsent {
        Check.required("caseId", caseId);
        Check.required("consentId", consentId);
        Check.required("kind", kind);
        Check.required("givenOn", givenOn);
        Check.required("givenBy", givenBy);
        Check.required("method", method);
        if (kind == ConsentKind.INFORMATION_SHARING) {
            Check.required("recipient", recipient);
        } else if (recipient != null || recipientName != null) {
            throw new InvalidCaseCommand("recipient", "applies only to INFORMATION_SHARING consent");
        }
        Check.optionalText("recipientName", recipientName, Check.SHORT_TEXT);
        Check.required("actor", actor);
    }
}
