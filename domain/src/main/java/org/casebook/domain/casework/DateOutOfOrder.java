package org.casebook.domain.casework;

/** An ending cannot precede its beginning: a withdrawal before its consent, an outcome before its referral. */
public class DateOutOfOrder extends CaseRuleViolation {

    public static final String RULE = "date-out-of-order";

    public DateOutOfOrder(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
