package org.casebook.domain.casework;

/** Who gave a consent. */
public enum ConsentGiver {
    PARENT,
    CARER,
    /** A young person (over compulsory school age, under 25) gives consent for themselves (CFA 2014 s.83(2)). */
    YOUNG_PERSON
}
