package org.casebook.domain.developmentgroup;

/**
 * A vote by someone who may not cast it: paid staff and the Local Authority Special Services member, a member not
 * present or no longer a member, or whoever chaired when the members' votes are not tied [002 §8.12, §8.17].
 */
public class NotEntitledToVote extends GroupRuleViolation {

    public static final String RULE = "not-entitled-to-vote";

    public NotEntitledToVote(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
