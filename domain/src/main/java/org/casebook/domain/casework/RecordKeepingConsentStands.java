package org.casebook.domain.casework;

/**
 * An erasure that was due because record-keeping consent had been withdrawn, refused because the parent has given it
 * again since [002 §4.2]: the records are kept with their consent.
 */
public class RecordKeepingConsentStands extends CaseRuleViolation {

    public static final String RULE = "record-keeping-consent-given-again";

    public RecordKeepingConsentStands(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
