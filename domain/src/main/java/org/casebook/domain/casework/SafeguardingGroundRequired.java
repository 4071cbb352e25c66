package org.casebook.domain.casework;

/** Confidentiality is broken only on a named ground: child protection or civil safety [002 App. B 9-12]. */
public class SafeguardingGroundRequired extends CaseRuleViolation {

    public static final String RULE = "safeguarding-ground-required";

    public SafeguardingGroundRequired(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
