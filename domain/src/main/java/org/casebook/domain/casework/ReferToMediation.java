package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record a referral to mediation. */
public record ReferToMediation(
        @TargetAggregateIdentifier CaseId caseId,
        ReferralId referralId,
        LocalDate referredOn,
        String provider,
        MediationReason reason,
        ReferringParty referredBy,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public ReferToMediation {
        Check.required("caseId", caseId);
        Check.required("referralId", referralId);
        Check.required("referredOn", referredOn);
        Check.requiredText("provider", provider, Check.SHORT_TEXT);
        Check.required("reason", reason);
        Check.required("referredBy", referredBy);
        Check.required("actor", actor);
    }
}
