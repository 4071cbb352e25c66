package org.casebook.domain.developmentgroup;

/** How a member voted on a motion. An abstention is recorded but counts for nothing. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}
