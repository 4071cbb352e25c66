package org.casebook.domain.casework;

/** 'How useful was the information we gave you?' [002 App. D]. */
public enum Usefulness {
    NOT_VERY_USEFUL,
    USEFUL,
    VERY_USEFUL,
    EXCELLENT
}
