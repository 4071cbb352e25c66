package org.casebook.domain.developmentgroup;

/**
 * A command the Development Group refuses because of one of its rules of procedure [002 §8]. {@link #rule()} is
 * the stable name the HTTP contract exposes as the problem type, so it must never change once published.
 */
public abstract class GroupRuleViolation extends RuntimeException {

    protected GroupRuleViolation(String message) {
        super(message);
    }

    public abstract String rule();
}
