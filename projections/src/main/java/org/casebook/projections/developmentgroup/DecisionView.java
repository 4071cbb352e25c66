package org.casebook.projections.developmentgroup;

import java.time.Instant;
import java.util.List;

/**
 * A decision taken at a meeting. {@code forVotes} and {@code againstVotes} are weighted totals (a parent's vote
 * counts twice, the chair's casting vote once) [002 §8.17]; {@code consensus} is true when it was reached without a
 * vote. {@code reportHash} is the SHA-256 of the report named by {@code reportRef} as it was when the decision was
 * recorded.
 */
public record DecisionView(
        String decisionId,
        String meetingId,
        String motion,
        List<VoteView> votes,
        int forVotes,
        int againstVotes,
        boolean carried,
        boolean consensus,
        String reportRef,
        String reportHash,
        Instant recordedAt) {
}
