package org.casebook.domain.casework;

/**
 * Staff support a parent at a panel or tribunal only after declaring the service in-house and arm's length
 * [002 §4.7, §4.8].
 */
public class DeclarationRequired extends CaseRuleViolation {

    public static final String RULE = "declaration-required";

    public DeclarationRequired(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
