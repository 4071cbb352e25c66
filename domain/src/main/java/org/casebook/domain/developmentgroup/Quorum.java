package org.casebook.domain.developmentgroup;

/**
 * A meeting is quorate only if at least 8 of those eligible to vote are present, not counting whoever chaired it,
 * among them at least 3 parent members and at least 5 others. It applies to decisions reached by consensus as much
 * as to those reached by a vote [002 §8.18]. Staff (the PSACO included [002 §5.2]), the LA Special Services member
 * and anyone who is no longer a member are not eligible to vote, so they never count.
 */
final class Quorum {

    static final int MEMBERS = 8;
    static final int PARENTS = 3;
    static final int OTHERS = 5;

    private Quorum() {
    }

    static void check(Sitting sitting) {
        int parents = 0;
        int others = 0;
        for (var entry : sitting.present().entrySet()) {
            Seat seat = entry.getValue();
            if (sitting.isChair(entry.getKey()) || !seat.eligibleToVote()) {
                continue;
            }
            if (seat.constituency() == Constituency.PARENT) {
                parents++;
            } else {
                others++;
            }
        }
        if (parents + others < MEMBERS || parents < PARENTS || others < OTHERS) {
            throw new NotQuorate("a decision needs " + MEMBERS + " members eligible to vote present besides the"
                    + " chair, at least " + PARENTS + " of them parents and " + OTHERS + " others; this meeting had "
                    + parents + " parent(s) and " + others + " other(s)");
        }
    }
}
