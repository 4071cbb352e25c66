package org.casebook.domain.casework;

/** A complaint receives one written response from the service; escalation is recorded with it [002 §10]. */
public class ComplaintAlreadyAnswered extends CaseRuleViolation {

    public static final String RULE = "complaint-already-answered";

    public ComplaintAlreadyAnswered(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
