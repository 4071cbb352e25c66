package org.casebook.domain.developmentgroup;

import java.util.List;
import org.casebook.domain.shared.Recorded;

/**
 * The group took a decision at a quorate meeting [002 §8.17, §8.18]. {@code forVotes} and {@code againstVotes} are
 * weighted totals (a parent's vote counts twice, the chair's casting vote once); {@code votes} is empty when the
 * decision was reached by consensus, which is carried. The motion is free text the group wrote, not what a parent
 * said, but like all free text it stays out of logs. {@code reportHash} fingerprints the report named by
 * {@code reportRef} as it stood when the decision was recorded.
 */
public record DecisionRecorded(
        DecisionId decisionId,
        MeetingId meetingId,
        String motion,
        List<Vote> votes,
        int forVotes,
        int againstVotes,
        boolean carried,
        String reportRef,
        String reportHash,
        Recorded recorded) implements GroupEvent {
}
