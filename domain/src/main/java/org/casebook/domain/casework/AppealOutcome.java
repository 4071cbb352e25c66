package org.casebook.domain.casework;

/**
 * How an appealable decision ended [000 §2.6, 001]. The first three end it without a hearing (seed 000 counts the
 * appeals "resolved without having to go to a formal hearing"); the last three are the Tribunal's decision.
 */
public enum AppealOutcome {
    NOT_APPEALED,
    RESOLVED_BEFORE_HEARING,
    WITHDRAWN,
    UPHELD,
    PARTLY_UPHELD,
    DISMISSED
}
