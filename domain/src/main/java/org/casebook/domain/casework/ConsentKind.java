package org.casebook.domain.casework;

/** What a consent permits [002 §4.2, App. B]. */
public enum ConsentKind {
    RECORD_KEEPING,
    INFORMATION_SHARING,
    EVALUATION_CONTACT
}
