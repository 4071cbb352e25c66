package org.casebook.domain.casework;

/** Support at an appeal panel or tribunal is too demanding a task for a volunteer; staff give it [002 §4.7]. */
public class StaffOnly extends CaseRuleViolation {

    public static final String RULE = "staff-only";

    public StaffOnly(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
