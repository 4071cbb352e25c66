package org.casebook.domain.casework;

/** Meetings at which a supporter may help a parent [002 §5.8 level 2, §4.6]. */
public enum MeetingType {
    ANNUAL_REVIEW,
    STATUTORY_ASSESSMENT,
    IEP_REVIEW,
    SCHOOL_MEETING,
    CAF_TAC,
    EXCLUSION_APPEAL,
    ADMISSION_APPEAL,
    TRIBUNAL,
    MEDIATION,
    OTHER
}
