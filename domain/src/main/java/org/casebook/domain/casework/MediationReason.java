package org.casebook.domain.casework;

/** Why mediation was sought: the triggers in [001, 'Informal Dispute Resolution']. */
public enum MediationReason {
    ASSESSMENT_REFUSED,
    STATEMENT_ISSUED,
    STATEMENT_AMENDED,
    STATEMENT_CEASED,
    PROVISION_DISAGREEMENT,
    SCHOOL_RESPONSIBILITIES,
    OTHER
}
