package org.casebook.application.retention;

import java.time.LocalDate;
import org.casebook.domain.casework.CaseId;

/**
 * A case whose personal data is to be erased, and the first day it may be. {@code reason}: {@code RETENTION_ENDED}
 * (closed on {@code closedOn}, kept for the retention period) or {@code CONSENT_WITHDRAWN} (no record-keeping consent
 * live since {@code consentWithdrawnOn} [002 §4.2]; {@code closedOn} is null while the case is open).
 */
public record RetentionCandidate(CaseId caseId, LocalDate closedOn, LocalDate erasableFrom, Reason reason,
                                 LocalDate consentWithdrawnOn) {

    public enum Reason {
        RETENTION_ENDED,
        CONSENT_WITHDRAWN
    }

    /** A closed case whose retention period has ended. */
    public RetentionCandidate(CaseId caseId, LocalDate closedOn, LocalDate erasableFrom) {
        this(caseId, closedOn, erasableFrom, Reason.RETENTION_ENDED, null);
    }

    /** A case on which the parent withdrew record-keeping consent and gave none since. */
    public static RetentionCandidate consentWithdrawn(CaseId caseId, LocalDate withdrawnOn, LocalDate closedOn,
                                                      LocalDate erasableFrom) {
        return new RetentionCandidate(caseId, closedOn, erasableFrom, Reason.CONSENT_WITHDRAWN, withdrawnOn);
    }
}
