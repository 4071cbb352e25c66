package org.casebook.domain.casework;

/** The category of an enquiry, recorded anonymously at level 1 [002 §5.8]. */
public enum Topic {
    SEN_PROCEDURES,
    STATUTORY_ASSESSMENT,
    STATEMENT,
    SCHOOL_BASED_SUPPORT,
    EXCLUSION,
    ADMISSIONS,
    TRANSPORT,
    DISABILITY_DISCRIMINATION,
    TRIBUNAL_APPEAL,
    MEDIATION,
    HEALTH,
    SOCIAL_CARE,
    BEHAVIOUR,
    TRANSITION,
    BULLYING,
    OTHER
}
