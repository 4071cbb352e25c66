package org.casebook.domain.casework;

/** A mediation referral has one outcome. */
public class MediationOutcomeAlreadyRecorded extends CaseRuleViolation {

    public static final String RULE = "mediation-outcome-already-recorded";

    public MediationOutcomeAlreadyRecorded(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
