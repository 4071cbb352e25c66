package org.casebook.domain.developmentgroup;

/**
 * What recording a decision answers: the group version it reached (the ETag) and the weighted count, so the
 * caller learns at once whether the motion was carried.
 */
public record DecisionOutcome(long version, int forVotes, int againstVotes, boolean carried) {
}
