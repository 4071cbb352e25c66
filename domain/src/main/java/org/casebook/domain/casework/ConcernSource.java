package org.casebook.domain.casework;

/**
 * How an impartiality concern reached the service: the parent raised it, or the parent answered "No" to "Do you feel
 * we were impartial?" on the returned evaluation form [002 §4.4, App. A (structures) 7, App. D].
 */
public enum ConcernSource {
    PARENT,
    EVALUATION
}
