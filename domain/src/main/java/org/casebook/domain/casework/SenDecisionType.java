package org.casebook.domain.casework;

/** The SEN decisions that carry a right of appeal [001, 'Parents can appeal to the SENDIST']. */
public enum SenDecisionType {
    ASSESSMENT_REFUSED,
    NOTE_IN_LIEU,
    STATEMENT_ISSUED,
    STATEMENT_AMENDED,
    STATEMENT_CEASED,
    SCHOOL_NOT_CHANGED,
    REASSESSMENT_NO_CHANGE
}
