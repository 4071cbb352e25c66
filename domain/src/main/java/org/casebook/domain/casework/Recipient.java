package org.casebook.domain.casework;

/** Those outside the service to whom information may be passed, only with consent [002 App. B 2]. */
public enum Recipient {
    SCHOOL,
    LOCAL_AUTHORITY,
    HEALTH,
    SOCIAL_CARE,
    OTHER_AGENCY
}
