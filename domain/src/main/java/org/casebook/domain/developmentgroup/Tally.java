package org.casebook.domain.developmentgroup;

/** The weighted result of a vote: parents' votes count twice, the chair's casting vote once. */
record Tally(int forVotes, int againstVotes, boolean carried) {

    /** A decision reached by consensual agreement is carried with no votes counted [002 §8.17]. */
    static final Tally CONSENSUS = new Tally(0, 0, true);
}
