package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record how a mediation ended. */
public record RecordMediationOutcome(
        @TargetAggregateIdentifier CaseId caseId,
        ReferralId referralId,
        LocalDate concludedOn,
        MediationOutcome outcome,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public RecordMediationOutcome {
        Check.required("caseId", caseId);
        Check.required("referralId", referralId);
        Check.required("concludedOn", concludedOn);
        Check.required("outcome", outcome);
        Check.required("actor", actor);
    }
}
