package org.casebook.domain.developmentgroup;

import java.util.List;
import java.util.function.Predicate;

/**
 * Counts a vote the way the chair deems a majority decision carried [002 §8.17]: only members present and entitled
 * to vote may vote; parents' votes count twice; abstentions count for nothing; whoever chaired the meeting votes
 * only when the members' weighted votes are tied, and then decides. A standing chair who attended but did not chair
 * votes as a parent. A motion is carried when the weighted votes for it outnumber those against; an empty list of
 * votes is a decision by consensus.
 */
final class MajorityVote {

    private MajorityVote() {
    }

    static Tally count(List<Vote> votes, Sitting sitting, Predicate<MemberId> isKnownMember) {
        if (votes.isEmpty()) {
            return Tally.CONSENSUS;
        }
        int forVotes = 0;
        int againstVotes = 0;
        Vote castingVote = null;
        for (int i = 0; i < votes.size(); i++) {
            Vote vote = votes.get(i);
            Seat seat = seatOf(vote, i, sitting, isKnownMember);
            if (sitting.isChair(vote.memberId())) {
                castingVote = vote;
                continue;
            }
            if (!VotingRights.mayVote(seat.constituency())) {
                throw new NotEntitledToVote("votes[" + i + "]: paid staff (managers, PSACOs) and the LA Special"
                        + " Services member cannot vote");
            }
            int weight = VotingRights.votesOf(seat.constituency());
            forVotes += vote.vote() == VoteChoice.FOR ? weight : 0;
            againstVotes += vote.vote() == VoteChoice.AGAINST ? weight : 0;
        }
        if (castingVote != null) {
            if (forVotes != againstVotes) {
                throw new NotEntitledToVote("whoever chairs votes only to break a tie, and the members' votes are"
                        + " not tied");
            }
            forVotes += castingVote.vote() == VoteChoice.FOR ? VotingRights.CASTING_VOTE : 0;
            againstVotes += castingVote.vote() == VoteChoice.AGAINST ? VotingRights.CASTING_VOTE : 0;
        }
        return new Tally(forVotes, againstVotes, forVotes > againstVotes);
    }

    private static Seat seatOf(Vote vote, int index, Sitting sitting, Predicate<MemberId> isKnownMember) {
        String which = "votes[" + index + "]: ";
        if (!isKnownMember.test(vote.memberId())) {
            throw new NotEntitledToVote(which + "names no member of the group");
        }
        Seat seat = sitting.seatOf(vote.memberId())
                .orElseThrow(() -> new NotEntitledToVote(which + "the member was not present at this meeting"));
        if (!seat.member()) {
            throw new NotEntitledToVote(which + "no longer a member of the group at this meeting");
        }
        return seat;
    }
}
