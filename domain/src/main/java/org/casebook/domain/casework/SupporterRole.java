package org.casebook.domain.casework;

/** The kind of supporter a case is allocated to [002 §5.9, §5.11]. */
public enum SupporterRole {
    STAFF,
    IPS_VOLUNTEER,
    PSA
}
