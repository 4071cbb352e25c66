package org.casebook.domain.developmentgroup;

/**
 * A departure recorded for someone who is no longer a member: they already left, or they lapsed by missing three
 * meetings in a row [002 §8.12], which the group takes as their wish to leave.
 */
public class MemberAlreadyLeft extends GroupRuleViolation {

    public static final String RULE = "member-already-left";

    public MemberAlreadyLeft(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
