package org.casebook.domain.developmentgroup;

/**
 * The group has a seat for a parent as chair, five other parents, and one member for each other constituency
 * [002 §8.9]. Adding a member to a seat that is held is refused until its holder lapses [002 §8.12] or leaves.
 */
public class NoSeat extends GroupRuleViolation {

    public static final String RULE = "no-seat";

    public NoSeat(String message) {
        super(message);
    }

    @Override
    public String rule() {
        return RULE;
    }
}
