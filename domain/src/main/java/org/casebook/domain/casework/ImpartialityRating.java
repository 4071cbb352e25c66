package org.casebook.domain.casework;

/** 'Do you feel we were impartial?' [002 App. D]. */
public enum ImpartialityRating {
    NO,
    YES,
    VERY,
    ALWAYS
}
