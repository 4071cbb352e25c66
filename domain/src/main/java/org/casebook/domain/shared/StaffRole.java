package org.casebook.domain.shared;

/** The roles of the people who use Casebook (contract, "Users and roles"). */
public enum StaffRole {
    CASEWORKER,
    /** An Independent Parental Supporter: acts only on cases allocated to them [002 §5.9]. */
    VOLUNTEER,
    MANAGER,
    AUDITOR,
    DEVELOPMENT_GROUP
}
