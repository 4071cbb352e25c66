package org.casebook.domain.casework;

/** A level-1 case is recorded anonymously, so it holds no free text about the family [002 §5.8]. */
public class FreeTextNeedsConsent extends CaseRuleViolation {

    public static final String RULE = "free-text-needs-consent";

    public FreeTextNeedsConsent(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
