package org.casebook.domain.casework;

/** Who gave a consent. */
public enum ConsentGiver {
    PARENT,
    CARER
}
