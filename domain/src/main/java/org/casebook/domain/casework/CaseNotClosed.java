package org.casebook.domain.casework;

/** Only a closed case can be reopened. */
public class CaseNotClosed extends CaseRuleViolation {

    public static final String RULE = "case-not-closed";

    public CaseNotClosed(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
