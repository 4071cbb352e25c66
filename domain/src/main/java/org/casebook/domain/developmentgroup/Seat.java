package org.casebook.domain.developmentgroup;

/**
 * Someone present at a meeting, as the group stood when it met: whom they represent, and whether they were still a
 * member then (a member who lapsed earlier may still come along, but neither votes nor counts for quorum).
 */
record Seat(Constituency constituency, boolean member) {

    boolean eligibleToVote() {
        return member && VotingRights.mayVote(constituency);
    }
}
