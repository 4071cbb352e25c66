package org.casebook.domain.developmentgroup;

/**
 * A decision needs a quorate meeting: at least 8 members eligible to vote present besides whoever chaired, at
 * least 3 of them parents and at least 5 not; consensus decisions included [002 §8.18].
 */
public class NotQuorate extends GroupRuleViolation {

    public static final String RULE = "not-quorate";

    public NotQuorate(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
