package org.casebook.domain.casework;

/** 'What did we do well?' on the evaluation form [002 App. D]. */
public enum WentWell {
    LISTENING,
    UNDERSTANDING,
    TALKING_THINGS_THROUGH,
    FINDING_WAYS_FORWARD
}
