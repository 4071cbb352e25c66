package org.casebook.domain.casework;

/**
 * Mediation certificates belong to SEN appeals under the Children and Families Act 2014 (s.55): not to a disability
 * discrimination claim, and not to a decision whose letter is dated before 1 September 2014.
 */
public class MediationCertificateNotApplicable extends CaseRuleViolation {

    public static final String RULE = "mediation-certificate-not-applicable";

    public MediationCertificateNotApplicable(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
