package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that a consent was withdrawn. */
public record WithdrawConsent(
        @TargetAggregateIdentifier CaseId caseId,
        ConsentId consentId,
        LocalDate withdrawnOn,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public WithdrawConsent {
        Check.required("caseId", caseId);
        Check.required("consentId", consentId);
        Check.required("withdrawnOn", withdrawnOn);
        Check.required("actor", actor);
    }
}
