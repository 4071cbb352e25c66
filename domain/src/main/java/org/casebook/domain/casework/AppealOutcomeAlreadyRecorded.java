package org.casebook.domain.casework;

/** An appealable decision has one outcome. */
public class AppealOutcomeAlreadyRecorded extends CaseRuleViolation {

    public static final String RULE = "appeal-outcome-already-recorded";

    public AppealOutcomeAlreadyRecorded(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
