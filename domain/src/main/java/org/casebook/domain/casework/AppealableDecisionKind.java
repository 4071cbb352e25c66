package org.casebook.domain.casework;

/** Decisions a parent may take to the SEN and Disability Tribunal [001]. */
public enum AppealableDecisionKind {
    SEN_DECISION,
    DISABILITY_DISCRIMINATION
}
