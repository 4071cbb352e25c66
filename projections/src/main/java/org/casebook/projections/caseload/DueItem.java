package org.casebook.projections.caseload;

import java.time.LocalDate;

/** Something due on a case, and whether it is overdue on the day the caseload was asked for. */
public record DueItem(DueKind kind, LocalDate dueOn, boolean overdue) {

    public enum DueKind {
        EVALUATION_DUE,
        APPEAL_DEADLINE,
        COMPLAINT_RESPONSE_DUE,
        /** Mediation advice must be sought before an SEN appeal can be made (CFA 2014 s.55): letter + 2 months. */
        MEDIATION_ADVICE_DUE,
        /** No record-keeping consent is live: the case's personal data is to be erased [002 §4.2]. */
        ERASURE_DUE
    }
}
