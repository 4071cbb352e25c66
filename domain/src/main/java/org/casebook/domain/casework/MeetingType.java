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
    OTHER;

    /**
     * Appeal panels and the Tribunal: support there is given by staff, never by a volunteer, and only after the
     * parent has been told the service is the LA's in-house, arm's-length service [002 §4.7, §4.8, §5.8 level 2].
     */
    public boolean isAppealHearing() {
        return this == TRIBUNAL || this == EXCLUSION_APPEAL || this == ADMISSION_APPEAL;
    }
}
