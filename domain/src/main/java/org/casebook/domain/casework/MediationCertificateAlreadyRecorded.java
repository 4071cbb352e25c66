package org.casebook.domain.casework;

/** A decision has one mediation certificate: a mediation adviser issues it once (CFA 2014 s.55(4)). */
public class MediationCertificateAlreadyRecorded extends CaseRuleViolation {

    public static final String RULE = "mediation-certificate-already-recorded";

    public MediationCertificateAlreadyRecorded(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
