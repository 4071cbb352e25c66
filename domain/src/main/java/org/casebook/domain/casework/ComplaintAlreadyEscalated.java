package org.casebook.domain.casework;

/**
 * A complaint is passed to the Head of the Branch once [002 §10], whether that was recorded with the response
 * ({@code escalated: true}) or afterwards.
 */
public class ComplaintAlreadyEscalated extends CaseRuleViolation {

    public static final String RULE = "complaint-already-escalated";

    public ComplaintAlreadyEscalated(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
