package org.casebook.domain.casework;

/** How a consent was given. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    ELECTRONIC
}
