package org.casebook.projections.caseload;

import java.time.LocalDate;

/**
 * A case, not yet erased, on which no record-keeping consent is live any more: due for erasure some time after
 * {@code withdrawnOn} [002 §4.2]. {@code closedOn} is null while the case is open.
 */
public record WithdrawnConsentCase(String caseId, LocalDate withdrawnOn, LocalDate closedOn) {
}
