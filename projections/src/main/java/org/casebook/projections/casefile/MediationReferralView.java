package org.casebook.projections.casefile;

import java.time.LocalDate;
import org.casebook.domain.casework.MediationOutcome;
import org.casebook.domain.casework.MediationReason;

public record MediationReferralView(String referralId, MediationReason reason, LocalDate referredOn,
                                    MediationOutcome outcome, LocalDate concludedOn) {

    MediationReferralView concluded(MediationOutcome outcome, LocalDate on) {
        return new MediationReferralView(referralId, reason, referredOn, outcome, on);
    }
}
