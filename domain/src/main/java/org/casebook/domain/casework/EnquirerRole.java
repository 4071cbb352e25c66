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
    OTHER
}
