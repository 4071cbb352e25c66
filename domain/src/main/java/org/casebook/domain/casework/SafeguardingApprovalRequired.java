package org.casebook.domain.casework;

/** Breaking confidentiality without consent needs a written justification and a different manager's approval [002 App. B 9-12]. */
public class SafeguardingApprovalRequired extends CaseRuleViolation {

    public static final String RULE = "safeguarding-approval-required";

    public SafeguardingApprovalRequired(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
