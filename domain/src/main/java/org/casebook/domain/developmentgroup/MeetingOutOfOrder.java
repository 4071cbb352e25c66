package org.casebook.domain.developmentgroup;

/**
 * Meetings are recorded in the order they were held, so that "three consecutive meetings" [002 §8.12] means the
 * same thing whenever the minutes are read: a meeting held before the latest recorded one is refused.
 */
public class MeetingOutOfOrder extends GroupRuleViolation {

    public static final String RULE = "date-out-of-order";

    public MeetingOutOfOrder(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
