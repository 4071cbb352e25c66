package org.casebook.domain.casework;

/** A complaint goes beyond the service only once the service has answered it in writing [002 §10]. */
public class ComplaintNotAnswered extends CaseRuleViolation {

    public static final String RULE = "complaint-not-answered";

    public ComplaintNotAnswered(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
