package org.casebook.domain.casework;

/** How a mediation ended. */
public enum MediationOutcome {
    AGREEMENT,
    PARTIAL_AGREEMENT,
    NO_AGREEMENT,
    WITHDRAWN
}
