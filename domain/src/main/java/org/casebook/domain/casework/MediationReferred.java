package org.casebook.domain.casework;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** The case was referred to mediation. It never moves an appeal deadline [001]. */
public record MediationReferred(
        CaseId caseId,
        ReferralId referralId,
        LocalDate referredOn,
        String provider,
        MediationReason reason,
        ReferringParty referredBy,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return referredOn;
    }
}
