package org.casebook.projections.developmentgroup;

import org.casebook.domain.developmentgroup.VoteChoice;

/** One member's vote on a motion. */
public record VoteView(String memberId, VoteChoice vote) {
}
