package org.casebook.domain.casework;

/** Who made the enquiry. */
public enum EnquirerRole {
    PARENT,
    CARER,
    SCHOOL,
    LOCAL_AUTHORITY,
    HEALTH,
    SOCIAL_CARE,
    VOLUNTARY_ORGANISATION,
    OTHER,
    /** A young person over compulsory school age and under 25: holds the rights of appeal themselves (CFA 2014 s.83(2)). */
    YOUNG_PERSON
}
