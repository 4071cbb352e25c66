package org.casebook.domain.casework;

/** An erased case keeps its history but takes nothing new: there is no one left to record it about. */
public class CaseIsErased extends CaseRuleViolation {

    public static final String RULE = "case-erased";

    public CaseIsErased(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
