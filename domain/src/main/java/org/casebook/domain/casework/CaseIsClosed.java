package org.casebook.domain.casework;

/** A closed case takes nothing but a reopening. */
public class CaseIsClosed extends CaseRuleViolation {

    public static final String RULE = "case-closed";

    public CaseIsClosed(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
