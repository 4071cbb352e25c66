package org.casebook.domain.casework;

/** Nothing a parent says is kept or passed on without their consent [002 §4.2, App. B 2]. */
public class ConsentRequired extends CaseRuleViolation {

    public static final String RULE = "consent-required";

    public ConsentRequired(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
