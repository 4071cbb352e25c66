package org.casebook.domain.developmentgroup;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may vote and with how many votes [002 §8.17]. Paid PPP staff cannot vote (the Service and Practice Managers,
 * and the PSA Co-ordinators, who are the service's paid staff [002 §5.2]), nor can the Local Authority Special
 * Services representative, because the statutory heart of Parent Partnership is parents' confidence in its
 * impartiality. Each parent member has two votes and every other voting member one, so that parents and
 * professionals carry equal weight (ten votes each at full membership).
 */
final class VotingRights {

    private static final Set<Constituency> WITHOUT_A_VOTE = EnumSet.of(
            Constituency.SERVICE_MANAGER, Constituency.PRACTICE_MANAGER, Constituency.PSACO,
            Constituency.LA_SPECIAL_SERVICES);

    static final int PARENT_VOTES = 2;
    static final int OTHER_VOTES = 1;
    /** The casting vote of whoever chaired, used only to break a tie, is a single vote. */
    static final int CASTING_VOTE = 1;

    private VotingRights() {
    }

    static boolean mayVote(Constituency constituency) {
        return !WITHOUT_A_VOTE.contains(constituency);
    }

    static int votesOf(Constituency constituency) {
        if (!mayVote(constituency)) {
            return 0;
        }
        return constituency == Constituency.PARENT ? PARENT_VOTES : OTHER_VOTES;
    }
}
