package org.casebook.domain.developmentgroup;

/** One member's vote on a motion, as the minutes record it. */
public record Vote(MemberId memberId, VoteChoice vote) {

    public Vote {
        GroupCheck.required("memberId", memberId);
        GroupCheck.required("vote", vote);
    }
}
