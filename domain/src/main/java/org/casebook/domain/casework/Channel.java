package org.casebook.domain.casework;

/** How the parent or enquirer reached the service [002 §5.8]. */
public enum Channel {
    PHONE,
    EMAIL,
    LETTER,
    FACE_TO_FACE,
    WEBSITE
}
