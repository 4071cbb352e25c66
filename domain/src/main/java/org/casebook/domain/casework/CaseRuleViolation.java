package org.casebook.domain.casework;

/**
 * A command the case refuses because of a rule of the service. {@link #rule()} is the stable name the HTTP
 * contract exposes as the problem type, so it must never change once published.
 */
public abstract class CaseRuleViolation extends RuntimeException {

    protected CaseRuleViolation(String message) {
        super(message);
    }

    public abstract String rule();
}
