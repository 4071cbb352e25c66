package org.casebook.domain.developmentgroup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record a decision taken at a meeting [002 §8.17]: the motion and, when it went to a vote, each member's vote. An
 * empty list of votes records a decision reached by consensual agreement. {@code reportRef} names the report the
 * group reviewed, and {@code reportHash} is that report's SHA-256 as generated when the decision is recorded.
 */
public record RecordDecision(
        MeetingId meetingId,
        DecisionId decisionId,
        String motion,
        List<Vote> votes,
        String reportRef,
        String reportHash,
        Actor actor,
        Long expectedVersion) implements GroupCommand {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RecordDecision {
        GroupCheck.required("meetingId", meetingId);
        GroupCheck.required("decisionId", decisionId);
        GroupCheck.requiredText("motion", motion, GroupCheck.MOTION_LENGTH);
        votes = GroupCheck.distinct("votes", votes);
        Set<MemberId> voters = new HashSet<>();
        for (Vote vote : votes) {
            if (!voters.add(vote.memberId())) {
                throw new InvalidGroupCommand("votes", "names the same member more than once");
            }
        }
        GroupCheck.optionalText("reportRef", reportRef, GroupCheck.REPORT_REF_LENGTH);
        if (reportRef != null && reportHash == null) {
            throw new InvalidGroupCommand("reportRef", "names no report that can be generated");
        }
        if (reportRef == null && reportHash != null) {
            throw new InvalidGroupCommand("reportHash", "applies only with reportRef");
        }
        if (reportHash != null && !SHA_256_HEX.matcher(reportHash).matches()) {
            throw new InvalidGroupCommand("reportHash", "must be a lowercase hexadecimal SHA-256");
        }
        GroupCheck.required("actor", actor);
    }

    @TargetAggregateIdentifier
    public String groupId() {
        return DevelopmentGroup.ID;
    }
}
