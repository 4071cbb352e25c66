package org.casebook.domain.casework;

/** Any party can refer to mediation [001]. */
public enum ReferringParty {
    PARENT,
    SCHOOL,
    LOCAL_AUTHORITY,
    SERVICE
}
