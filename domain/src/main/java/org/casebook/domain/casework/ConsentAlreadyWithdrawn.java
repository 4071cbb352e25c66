package org.casebook.domain.casework;

/** A consent is withdrawn once; the first withdrawal date is the one that counts. */
public class ConsentAlreadyWithdrawn extends CaseRuleViolation {

    public static final String RULE = "consent-already-withdrawn";

    public ConsentAlreadyWithdrawn(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
